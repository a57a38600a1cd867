import Foundation
import XCTest

/// A real xterm on a private Xvfb display, attached to a test's tmux session: the toolkit runs in
/// tmux as ever (so `capture-pane` reads the screen), while xterm draws it and turns real mouse
/// clicks and wheel turns, sent with xdotool, into the terminal's own mouse protocol.
final class XtermSession {
    let display: String
    private let tools: [String: String]
    private var processes: [Process] = []
    private var window = ""
    private let columns: Int, rows: Int

    /// The programs it needs; without them the test is skipped (see `OptionalTool`).
    static let toolNames = ["Xvfb", "xterm", "xdotool", "import", "convert"]

    /// Starts Xvfb and an xterm `columns` x `rows` attached to `tmux`'s session.
    init(attachingTo tmux: TmuxSession, columns: Int = 80, rows: Int = 24) throws {
        tools = try Self.findTools()
        self.columns = columns
        self.rows = rows
        var number = 40 + Int(getpid() % 300)
        while FileManager.default.fileExists(atPath: "/tmp/.X11-unix/X\(number)") || FileManager.default.fileExists(atPath: "/tmp/.X\(number)-lock") {
            number += 1
        }
        display = ":\(number)"
        try start(tools["Xvfb"]!, [display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
        // Generous waits: on a loaded machine (a build beside the tests) Xvfb and xterm can take
        // well over ten seconds to appear, and a missing window is no finding about the toolkit.
        guard Self.poll(timeout: 30, { FileManager.default.fileExists(atPath: "/tmp/.X11-unix/X\(number)") }) else {
            throw HarnessError("Xvfb did not start on \(display)")
        }
        try start(tools["xterm"]!, [
            "-geometry", "\(columns)x\(rows)+0+0", "-b", "2", "-bg", "black", "-fg", "grey90", "-fa", "Monospace", "-fs", "11",
            "-e", tmux.tmuxPath, "-L", tmux.socket, "attach", "-t", "e2e",
        ])
        var found = ""
        _ = Self.poll(timeout: 30) {
            found = (try? self.xdotool(["search", "--class", "xterm"]))?.split(separator: "\n").first.map(String.init) ?? ""
            return !found.isEmpty
        }
        guard !found.isEmpty else { throw HarnessError("no xterm window appeared on \(display)") }
        window = found
    }

    deinit { kill() }

    /// Ends xterm and Xvfb.
    func kill() {
        for process in processes.reversed() where process.isRunning { process.terminate() }
        // Not waitUntilExit: see Spawn; a bounded poll is enough to let them go.
        _ = Self.poll(timeout: 5) { self.processes.allSatisfy { !$0.isRunning } }
        processes = []
    }

    /// The window's size in pixels.
    private func geometry() throws -> (width: Int, height: Int) {
        let text = try xdotool(["getwindowgeometry", "--shell", window])
        var values: [String: Int] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "=")
            if parts.count == 2, let value = Int(parts[1]) { values[String(parts[0])] = value }
        }
        guard let width = values["WIDTH"], let height = values["HEIGHT"] else { throw HarnessError("no geometry: \(text)") }
        return (width, height)
    }

    /// Presses `button` (1 the left button, 4 and 5 the wheel) over the middle of a cell.
    func click(column: Int, row: Int, button: Int = 1) throws {
        let (width, height) = try geometry()
        let cellWidth = Double(width - 4) / Double(columns), cellHeight = Double(height - 4) / Double(rows)
        let x = Int(2 + (Double(column) + 0.5) * cellWidth), y = Int(2 + (Double(row) + 0.5) * cellHeight)
        _ = try xdotool(["mousemove", "--window", window, "\(x)", "\(y)", "click", "\(button)"])
    }

    /// Saves the whole display as a PNG and returns its path.
    @discardableResult
    func screenshot(to url: URL) throws -> URL {
        let (width, height) = try geometry()
        let result = try Spawn.run(tools["import"]!, ["-display", display, "-window", "root", "-crop", "\(width)x\(height)+0+0", url.path],
                                   environment: environment)
        guard result.status == 0 else { throw HarnessError("import failed: \(result.stderr)") }
        return url
    }

    /// How bright the cells from `column` to `column + width - 1` of `row` are on average in the
    /// screenshot at `shot`, from 0 (black) to 1 (white): where a reversed selection shows in pixels.
    func brightness(of shot: URL, row: Int, column: Int, width: Int) throws -> Double {
        let (pixelsWide, pixelsHigh) = try geometry()
        let cellWidth = Double(pixelsWide - 4) / Double(columns), cellHeight = Double(pixelsHigh - 4) / Double(rows)
        let crop = "\(Int(Double(width) * cellWidth))x\(Int(cellHeight))+\(Int(2 + Double(column) * cellWidth))+\(Int(2 + Double(row) * cellHeight))"
        let result = try Spawn.run(tools["convert"]!, [shot.path, "-crop", crop, "-colorspace", "Gray", "-format", "%[fx:mean]", "info:"],
                                   environment: environment)
        guard result.status == 0, let mean = Double(result.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw HarnessError("convert failed: \(result.stderr)")
        }
        return mean
    }

    // MARK: - Plumbing

    private var environment: [String: String] {
        ["PATH": "/usr/local/bin:/usr/bin:/bin", "DISPLAY": display, "HOME": NSTemporaryDirectory(), "LANG": TestLocale.utf8]
    }

    private func xdotool(_ arguments: [String]) throws -> String {
        let result = try Spawn.run(tools["xdotool"]!, arguments, environment: environment)
        guard result.status == 0 else { throw HarnessError("xdotool \(arguments) failed: \(result.stderr)") }
        return result.stdoutText
    }

    private func start(_ executable: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        processes.append(process)
    }

    /// The tools' paths, or a skip (see `OptionalTool`). ImageMagick's own `import` is looked
    /// for first in the system's folders: /usr/local/bin may hold a stand-in of the same family.
    private static func findTools() throws -> [String: String] {
        let packages = ["Xvfb": "xvfb", "xterm": "xterm", "xdotool": "xdotool", "import": "imagemagick", "convert": "imagemagick"]
        let paths = try OptionalTool.paths(toolNames.map { OptionalTool($0, package: packages[$0]!) }, folders: ["/usr/bin", "/bin", "/usr/local/bin"])
        return Dictionary(uniqueKeysWithValues: zip(toolNames, paths))
    }

    private static func poll(timeout: TimeInterval, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            usleep(50_000)
        }
        return condition()
    }
}
