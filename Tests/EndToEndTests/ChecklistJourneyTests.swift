import Foundation
import TestSupport
import XCTest

/// The real checklist in the real binary: a reader selects an item with Tab, answers it, writes a
/// note (pasting a line break into it), quits, and finds the answer and note again on reopening
/// the same workbook, and not in another one. The workbook file is under the test's own HOME.
final class ChecklistJourneyTests: TmuxTestCase {
    private let checklist = "tools/partnership-checklist"
    private let firstItem = "Do we plan the service and its infrastructure"

    /// Presses Tab until the status line says an item is selected.
    private func tabToFirstItem(_ tmux: TmuxSession) throws {
        for _ in 0..<30 {
            tmux.send("Tab")
            if tmux.settledCapture().contains("Unanswered ·") || tmux.settledCapture().contains("Answer: ") { return }
        }
        XCTFail("Tab never reached a checklist item:\n\(tmux.capture())")
    }

    func testAnswersAndANoteAreKeptInTheirWorkbookAcrossRuns() throws {
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.startToolkit([checklist, "--workbook", "north"])
        let first = try tmux.waitFor("The partnership checklist", "[ ] \(firstItem)")
        XCTAssertTrue(first.row(0).contains("Workbook: north"), "the top line names the workbook:\n\(first)")
        try tabToFirstItem(tmux)
        try tmux.waitFor("Unanswered · x answers, a adds a note")
        tmux.send("x")
        try tmux.waitFor("[✓] \(firstItem)", "Answer: yes")
        tmux.send("x")
        try tmux.waitFor("[~] \(firstItem)", "Answer: partly")
        tmux.send("a")
        try tmux.waitFor(" Note:", "Enter keep")
        tmux.type("Only the capital")
        tmux.paste(" plan\nfor now")
        try tmux.waitFor("Note: Only the capital plan for now")
        tmux.send("BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "Enter")
        try tmux.waitFor("Note: Only the capital plan", "Answer: partly · x answers, a edits the note")
        XCTAssertFalse(tmux.capture().contains("not saved"))
        try tmux.quitAndAssertRestored()

        try tmux.startToolkit([checklist, "--workbook", "north"])
        try tmux.waitFor("[~] \(firstItem)", "Note: Only the capital plan")
        try tmux.quitAndAssertRestored()

        try tmux.startToolkit([checklist])
        let other = try tmux.waitFor("The partnership checklist", "[ ] \(firstItem)")
        XCTAssertFalse(other.contains("Only the capital plan"), "the default workbook has its own answers")
        XCTAssertFalse(other.row(0).contains("Workbook"), "the default workbook is not named on the top line")
        try tmux.quitAndAssertRestored()
        let file = tmux.directory.appendingPathComponent(".local/share/toolkit/workbooks.sqlite3")
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
    }

    func testUnderNoColorTheMarksAloneTellTheAnswersApartAndTheSelectionIsReversed() throws {
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.startToolkit([checklist], environment: ["NO_COLOR": "1"])
        try tmux.waitFor("[ ] \(firstItem)")
        try tabToFirstItem(tmux)
        tmux.send("x")
        try tmux.waitFor("[✓] \(firstItem)")
        tmux.send("Tab", "x", "x", "x")
        try tmux.waitFor("[✗] Do we know what the service should look like")
        _ = tmux.settledCapture()
        let text = tmux.capture(escapes: true).text
        let regex = try NSRegularExpression(pattern: "\u{1B}\\[([0-9;:]*)m")
        let parameters = regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }.flatMap { $0.split(separator: ";").map(String.init) }
        let colours = parameters.filter { parameter in
            guard let code = Int(parameter.split(separator: ":").first ?? "") else { return false }
            return [30...38, 40...48, 90...97, 100...107].contains { $0.contains(code) }
        }
        XCTAssertEqual(colours, [], "no colour under NO_COLOR: \(parameters)")
        XCTAssertTrue(parameters.contains("7"), "the selected item is reversed: \(parameters)")
        try tmux.quitAndAssertRestored()
    }

    func testOnAFullDiskTheAnswerStaysOnScreenMarkedNotSavedTheStatusSaysWhyAndQuittingSaysItInFull() throws {
        let scratch = ScratchFolder()
        let mount = try scratch.mountTmpfs("full", kilobytes: 256)
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.startToolkit([checklist], environment: ["XDG_DATA_HOME": mount], stderrToFile: true)
        try tabToFirstItem(tmux)
        tmux.send("x")
        try tmux.waitFor("[✓] \(firstItem)", "Answer: yes")
        scratch.fill(mount)
        let note = String(repeating: "a note that needs room ", count: 43)
        var refused: Screen?
        for _ in 0..<27 {
            tmux.send("Tab", "a")
            try tmux.waitFor(" Note:")
            tmux.paste(note)
            tmux.send("Enter")
            let screen = try tmux.waitFor("the note kept or refused") { !$0.contains("Enter keep") }
            if screen.contains("not saved") { refused = screen; break }
        }
        let screen = try XCTUnwrap(refused, "a full disk must refuse a note")
        XCTAssertTrue(screen.contains("Not saved: workbooks.sqlite3:") || screen.contains("not saved: workbooks.sqlite3:"), screen.text)
        tmux.send("q")
        let record = try tmux.waitForExit()
        XCTAssertEqual(record.status, 74, "a session that showed an answer not kept exits 74")
        try tmux.assertTerminalRestored(record)
        XCTAssertTrue(record.stderr.contains("not kept: \(mount)/toolkit/workbooks.sqlite3"), record.stderr)
        XCTAssertTrue(record.stderr.contains("full") || record.stderr.contains("No space left"), record.stderr)
    }

    func testAnAnswerFromAnotherProcessIsShownAfterTheNextKeyAndBothAreKept() throws {
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.startToolkit([checklist])
        try tabToFirstItem(tmux)
        tmux.send("x")
        try tmux.waitFor("[✓] \(firstItem)")
        let other = try Run.process(try ToolkitBinary.path(), ["workbook", "answer", checklist, "2", "no", "--note", "from the other room"],
                                    environment: Run.cleanEnvironment(["HOME": tmux.directory.path]))
        XCTAssertEqual(other.status, 0, other.stderr)
        XCTAssertFalse(tmux.capture().contains("from the other room"), "nothing changes on screen before a key")
        tmux.send("Tab")
        try tmux.waitFor("[✗] Do we know what the service should look like", "Note: from the other room", "[✓] \(firstItem)")
        try tmux.quitAndAssertRestored()
        let shown = try Run.process(try ToolkitBinary.path(), ["workbook", "show"], environment: Run.cleanEnvironment(["HOME": tmux.directory.path]))
        XCTAssertTrue(shown.stdoutText.contains("[✓] \(firstItem)"), shown.stdoutText)
        XCTAssertTrue(shown.stdoutText.contains("from the other room"), shown.stdoutText)
    }

    func testTheMenuAloneNeverCreatesTheWorkbookFile() throws {
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.startToolkit(["--fresh"])
        try tmux.waitFor("1 of 6")
        tmux.send("Down")
        try tmux.waitFor("2 of 6")
        try tmux.quitAndAssertRestored()
        let folder = tmux.directory.appendingPathComponent(".local/share/toolkit")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("workbooks.sqlite3").path),
                       "the menu opened the workbook")
    }

    func testAWorkbookThatCannotBeMadeSaysWhyTakesNoAnswerAndQuitsCleanlySayingSoInFull() throws {
        let tmux = try startTmux(width: 80, height: 24)
        // A file where the folder should be: the workbook cannot be made.
        let share = tmux.directory.appendingPathComponent(".local/share")
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        try "not a folder".write(to: share.appendingPathComponent("toolkit"), atomically: true, encoding: .utf8)
        try tmux.startToolkit([checklist], stderrToFile: true)
        try tmux.waitFor("Answers cannot be kept: workbooks.sqlite3: cannot be read")
        try tabToFirstItem(tmux)
        tmux.send("x")
        try tmux.waitFor("Answers cannot be kept:")
        XCTAssertTrue(tmux.capture().contains("[ ] \(firstItem)"))
        try tmux.quitAndAssertRestored()
        let errors = try String(contentsOf: tmux.file("stderr"), encoding: .utf8)
        XCTAssertTrue(errors.contains("toolkit: answers could not be kept: \(share.path)/toolkit/workbooks.sqlite3"), errors)
        XCTAssertTrue(errors.contains("Not a directory"), errors)
    }

    func testAWorkbookNameThatCannotBeOneIsAUsageErrorSayingWhy() throws {
        for (name, reason) in [("-x", "it starts with '-', like an option"), ("a\u{1b}[2Jb", "it holds control characters")] {
            let result = try Run.process(try ToolkitBinary.path(), ["--workbook=" + name, "about"], environment: Run.cleanEnvironment())
            XCTAssertEqual(result.status, 64, result.stderr)
            XCTAssertTrue(result.stderr.contains("cannot name a workbook: \(reason)"), result.stderr)
            XCTAssertFalse(result.stderr.contains("\u{1b}"), "the name is shown harmlessly")
        }
    }
}
