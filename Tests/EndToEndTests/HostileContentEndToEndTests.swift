import Foundation
import XCTest

/// Hostile content end to end (issue 7): the real binary browses a folder full of escape
/// sequences, C1 controls, bidi overrides, NUL, invalid UTF-8, a 10,000-character word and
/// 500-deep nesting, in tmux. Every page is paged through; the screen must show the escapes as
/// visible notation (`^[`, `<U+009B>`), never act on them: the window title must not change
/// (OSC 0/2), no clipboard buffer may appear (OSC 52), the screen must not be cleared or
/// recoloured. Plain output and `check` get the same content and must print no control byte.
final class HostileContentEndToEndTests: TmuxTestCase {
    /// The hostile folder: the escapes go into titles, summaries, paragraphs, code, tables,
    /// links and file contents as raw bytes.
    static func writeHostileFolder(in folder: URL) throws {
        let escapes = "\u{1b}[2J\u{1b}[H \u{1b}[41;1mred\u{1b}[0m \u{1b}]0;pwned\u{07} \u{1b}]2;pwned2\u{1b}\\ "
            + "\u{1b}]52;c;cHduZWQ=\u{07} \u{1b}c \u{1b}[6n \u{9b}2J \u{9d}0;pwned3\u{9c} \u{202E}gnp.exe \u{07}\u{08}\u{7f}"
        let yaml = #"\e]0;pwned\a \e[2J \x9b2J \u202Egnp \e]52;c;cHduZWQ=\a"#
        let pages: [(String, [UInt8])] = [
            ("index.md", Array("---\ntitle: \"Hostile \(yaml)\"\nshort: \"Root \(yaml)\"\n---\nLead \(escapes)\n".utf8)),
            ("evil/index.md", Array("---\ntitle: \"Evil \(yaml)\"\nsummary: \"Sum \(yaml)\"\norder: 1\n---\nSection \(escapes)\n".utf8)),
            ("evil/escapes.md", Array("""
                ---
                title: "Escapes \(yaml)"
                summary: "Every escape \(yaml)"
                order: 1
                sources: ["https://example.org/\(yaml)"]
                ---
                Paragraph \(escapes)

                ## Heading \(escapes)

                `code \(escapes)` **bold \(escapes)**

                ```
                block \(escapes)
                ```

                - item \(escapes)

                > quote \(escapes)

                | a \(escapes) | b |
                |---|---|
                | \(escapes) | c |

                [link \(escapes)](loop.md) and [web](https://example.org/\u{202E}gnp) and <https://example.org/\u{9b}x>

                """.utf8)),
            ("evil/loop.md", Array("---\ntitle: \"Loop \(yaml)\"\norder: 2\n---\nTo [escapes](escapes.md) and [myself](loop.md).\n".utf8)),
            ("evil/long.md", Array("---\ntitle: Long\norder: 3\n---\n\(String(repeating: "w", count: 10_000))\n\n\(String(repeating: "東", count: 10_000))\n".utf8)),
            ("evil/deep.md", Array("---\ntitle: Deep\norder: 4\n---\n\(String(repeating: "- ", count: 500))list\n\n\(String(repeating: ">", count: 500)) quote\n".utf8)),
            ("evil/bytes.md", Array("---\ntitle: \"Bytes\"\norder: 5\n---\nBytes ".utf8)
                + [0xFF, 0xFE, 0xC0, 0x9B, 0x32, 0x4A, 0xC2, 0x9B, 0x32, 0x4A, 0x1B, 0x5D, 0x30, 0x3B, 0x70, 0x77, 0x6E, 0x34, 0x07,
                   0x00, 0xED, 0xA0, 0x80, 0xE2, 0x80, 0xAE, 0xF0, 0x9F] + Array(" end\n".utf8)),
        ]
        for (path, bytes) in pages {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
    }

    private func tmuxCommand(_ tmux: TmuxSession, _ arguments: [String]) throws -> ProcessResult {
        let folders = ["/usr/bin", "/usr/local/bin", "/bin"]
        guard let executable = folders.map({ $0 + "/tmux" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw HarnessError("needs tmux: apt-get install tmux")
        }
        return try Spawn.run(executable, ["-L", tmux.socket] + arguments, environment: ["PATH": "/usr/bin:/bin", "TERM": "xterm-256color"])
    }

    private func assertOnScreenHarmless(_ screen: Screen, _ what: String, width: Int = 80, height: Int = 24,
                                        file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(screen.lines.count, height, "\(what): rows\(screen)", file: file, line: line)
        for (index, row) in screen.lines.enumerated() {
            XCTAssertLessThanOrEqual(row.count, width, "\(what): row \(index) too wide\(screen)", file: file, line: line)
        }
        XCTAssertFalse(screen.text.unicodeScalars.contains { $0.value == 0x1B || (0x80...0x9F).contains($0.value) || $0.value == 0x202E },
                       "\(what): a control reached the screen\(screen)", file: file, line: line)
        XCTAssertTrue(screen.row(0).hasPrefix(" Hostile ^[]0;pwned^G") || screen.row(0).hasPrefix(" Root ^[]0;pwned^G"),
                      "\(what): the breadcrumb should show the root's escapes as text\(screen)", file: file, line: line)
    }

    func testBrowsingHostileContentChangesNothingButTheScreen() throws {
        let tmux = try startTmux(width: 80, height: 24)
        let folder = tmux.directory.appendingPathComponent("hostile")
        try Self.writeHostileFolder(in: folder)
        _ = try tmuxCommand(tmux, ["set-option", "-g", "set-clipboard", "on"])
        let titleBefore = tmux.display("#{pane_title}")
        XCTAssertFalse(titleBefore.contains("pwned"))

        try tmux.startToolkit(["--content", folder.path])
        let menu = try tmux.waitFor("the hostile menu") { $0.row(22).hasSuffix("1 of 1") }
        assertOnScreenHarmless(menu, "the menu")
        XCTAssertTrue(menu.contains("^[[2J^[[H"), "the CSI should be shown as text\(menu)")

        tmux.send("1")
        // Five pages, then "What next?" with the toolkit menu (there is no other section).
        let section = try tmux.waitFor("the evil section") { $0.row(22).hasSuffix("1 of 6") }
        assertOnScreenHarmless(section, "the section")

        for item in 1...5 {
            tmux.send("\(item)")
            try tmux.waitFor("page \(item)") { $0.row(22).hasSuffix("Top") || $0.row(22).hasSuffix("All") || $0.row(22).hasSuffix("%") }
            var previous = ""
            // Page to the end (at most 60 screens: the long words are hundreds of lines).
            for screenIndex in 0..<60 {
                let screen = tmux.settledCapture()
                assertOnScreenHarmless(screen, "page \(item), screen \(screenIndex)")
                if screen.text == previous { break }
                previous = screen.text
                tmux.send("NPage")
            }
            // Links selected in turn, one followed (a page, or a web link's notice), then back
            // to the section with Left (or, had Left gone past it to the menu, into it again).
            tmux.send("g")
            for _ in 0..<4 { tmux.send("Tab") }
            assertOnScreenHarmless(tmux.settledCapture(), "page \(item), links selected")
            tmux.send("Enter")
            assertOnScreenHarmless(tmux.settledCapture(), "page \(item), link followed")
            for _ in 0..<4 {
                let screen = tmux.settledCapture()
                if screen.row(22).hasSuffix("\(item) of 6") { break }
                if screen.row(22).hasSuffix("1 of 1") {
                    tmux.send("1")
                    break
                }
                tmux.send("Left")
            }
            try tmux.waitFor("the section again after page \(item)") { $0.row(22).hasSuffix("of 6") }
        }
        tmux.send("?")
        assertOnScreenHarmless(try tmux.waitFor("help") { $0.contains("show these keys") || $0.contains("On this help screen") }, "help")
        tmux.send("Escape")

        let titleAfter = tmux.display("#{pane_title}")
        XCTAssertEqual(titleAfter, titleBefore, "the window title changed")
        XCTAssertFalse(titleAfter.contains("pwned"), "the window title was set by content: \(titleAfter)")
        let buffers = try tmuxCommand(tmux, ["list-buffers", "-F", "#{buffer_name}: #{buffer_sample}"])
        XCTAssertEqual(buffers.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines), "",
                       "an OSC 52 clipboard write reached tmux: \(buffers.stdoutText)")

        try tmux.quitAndAssertRestored()
        XCTAssertEqual(tmux.display("#{pane_title}"), titleBefore, "the window title changed after quitting")
    }

    /// Without a terminal: plain output of every page, and `check`, print no control byte.
    func testPlainOutputAndCheckOfHostileContentPrintNoControlByte() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-e2e-hostile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writeHostileFolder(in: folder)
        let binary = try ToolkitBinary.path()
        for page in ["menu", "evil", "evil/escapes", "evil/loop", "evil/long", "evil/deep", "evil/bytes"] {
            let result = try Run.process(binary, ["--content", folder.path, page], environment: Run.cleanEnvironment(["COLUMNS": "80"]))
            XCTAssertEqual(result.status, 0, "\(page): \(result.stderr)")
            XCTAssertFalse(result.uncaughtSignal, page)
            assertNoControlBytes(result.stdout, "plain output of \(page)")
            assertNoControlBytes(Data(result.stderr.utf8), "standard error for \(page)")
        }
        let escapes = try Run.process(binary, ["--content", folder.path, "evil/escapes"], environment: Run.cleanEnvironment())
        XCTAssertTrue(escapes.stdoutText.contains("^[]0;pwned^G"), escapes.stdoutText)

        // A broken file among them: check lists problems that quote the hostile text harmlessly.
        try Data("---\ntitle: [\"\\e]0;pwned\\a\"]\nx\u{1b}]0;pwned\u{07}: 1\n---\n[a](\u{1b}]0;pwned\u{07}.md)\n".utf8)
            .write(to: folder.appendingPathComponent("evil/broken \u{1b}]0;pwned\u{07}.md"))
        try Data("---\n- not\n- a mapping\n---\n".utf8).write(to: folder.appendingPathComponent("evil/list.md"))
        let check = try Run.process(binary, ["check", "--content", folder.path], environment: Run.cleanEnvironment())
        XCTAssertEqual(check.status, 65, check.stderr + check.stdoutText)
        assertNoControlBytes(check.stdout, "check's standard output")
        assertNoControlBytes(Data(check.stderr.utf8), "check's standard error")
        XCTAssertTrue((check.stderr + check.stdoutText).contains("must be a mapping"), check.stderr + check.stdoutText)
        // Browsing a folder with problems fails with the same messages.
        let browse = try Run.process(binary, ["--content", folder.path], environment: Run.cleanEnvironment())
        XCTAssertEqual(browse.status, 65)
        assertNoControlBytes(browse.stdout, "browse's standard output")
        assertNoControlBytes(Data(browse.stderr.utf8), "browse's standard error")
    }

    private func assertNoControlBytes(_ data: Data, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(data.contains(0x1B), "\(what): ESC byte", file: file, line: line)
        let text = String(decoding: data, as: UTF8.self)
        if let bad = text.unicodeScalars.first(where: {
            ($0.value < 0x20 && $0.value != 0x0A) || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
                || (0x2066...0x2069).contains($0.value) || $0.value == 0x200E || $0.value == 0x200F
        }) {
            XCTFail("\(what): U+\(String(format: "%04X", bad.value)) in \(text.prefix(2000))", file: file, line: line)
        }
    }
}
