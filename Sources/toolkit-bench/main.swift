import Catalog
import Glibc

// toolkit-bench: the performance benchmark of issue 8. A plain release executable, not a test.
//
//   toolkit-bench generate DIR              write the generated toolkits into DIR
//   toolkit-bench run --toolkit PATH [--data DIR] [--scale X] [--markdown FILE] [--only SECTIONS] [--baseline PATH]
//   toolkit-bench pty-dump [--keys down,up,pgdn,end,enter,TEXT] [--quit KEYS] -- PROGRAM ARGS...
//   toolkit-bench answer-burst DATABASE COUNT   answers one at a time, `saved N` after each commit
//
// `scripts/bench` builds everything in release mode and runs `generate` and `run`.

let usage = """
    usage: toolkit-bench generate DIR
           toolkit-bench run --toolkit PATH [--data DIR] [--scale X] [--markdown FILE] [--only load,render,search,process,pty,selection,share,ssh,starts,goals,workbook] [--baseline PATH]
           toolkit-bench pty-dump [--keys down,up,pgdn,end,enter,TEXT] [--quit KEYS] -- PROGRAM ARGS...
           toolkit-bench answer-burst DATABASE COUNT
    """

let arguments = Array(CommandLine.arguments.dropFirst(2))
guard let command = CommandLine.arguments.dropFirst().first else { fatal(usage) }

func option(_ name: String) -> String? {
    let arguments = Array(CommandLine.arguments.dropFirst(2))
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

/// The generator's version: bump it when the generated text changes, so old folders are rewritten.
let dataVersion = "4"

func generate(_ root: String) {
    let data = BenchData(root: root)
    let stamp = root + "/.version"
    if let text = try? readFile(stamp), text == dataVersion {
        progress("generated content is up to date in \(root)")
        return
    }
    _ = runProcess(["/bin/rm", "-rf", root])
    do {
        try Generator.makeFolder(root)
        let start = now()
        try Generator.pages(1000, into: data.pages1k)
        try Generator.pages(10000, into: data.pages10k)
        try Generator.bigPage(into: data.bigPage)
        try Generator.write(stamp, dataVersion)
        progress("generated 1,000 + 10,000 pages and the 1 MB page in \(root) in \(Unit.seconds.format(now() - start))")
    } catch {
        fatal(error.description)
    }
}

func readFile(_ path: String) throws -> String {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw GeneratorError("cannot read \(path)") }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count <= 0 { break }
        bytes += buffer[0..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
}

switch command {
case "generate":
    guard let root = arguments.first else { fatal(usage) }
    generate(root)

case "run":
    guard let toolkit = option("--toolkit"), isExecutable(toolkit) else { fatal("--toolkit PATH to the release binary is required\n" + usage) }
    let root = option("--data") ?? ".build-bench/bench-data"
    generate(root)
    let data = BenchData(root: root)
    let scale = option("--scale").flatMap(Double.init) ?? 1
    let only = Set((option("--only") ?? "load,render,search,process,pty,selection,share,ssh,starts,goals,workbook").split(separator: ",").map(String.init))
    let report = Report()
    let started = now()
    let loadBefore = ((try? readFile("/proc/loadavg")) ?? "?").split(separator: " ").prefix(3).joined(separator: " ")
    var large: Catalog?
    if only.contains("load") {
        progress("in process: loading")
        large = InProcess.loading(report, data: data, scale: scale)
    }
    if only.contains("render") {
        progress("in process: layout, reduce, render")
        InProcess.rendering(report, data: data, scale: scale)
    }
    if only.contains("search") {
        progress("in process: search")
        let catalog = large ?? InProcess.openFolder(data.pages10k)
        large = nil
        SearchBenchmark.run(report, catalog: catalog, scale: scale)
        PromptTyping.run(report, catalog: catalog, scale: scale)
    }
    if only.contains("process") {
        progress("whole process")
        WholeProcess.run(report, toolkit: toolkit, data: data, scale: scale)
    }
    if only.contains("pty") || only.contains("selection") {
        SelectionBytes.run(report, toolkit: toolkit, scale: scale)
    }
    if only.contains("pty") {
        progress("pseudo-terminal")
        PtyBench.run(report, toolkit: toolkit, data: data, scale: scale, work: root)
    }
    if only.contains("share") {
        progress("workshop: presenter key to follower screen")
        ShareLatency.run(report, toolkit: toolkit, scale: scale)
    }
    if only.contains("ssh") {
        progress("workshop: 20 followers over ssh")
        SSHShareLatency.run(report, toolkit: toolkit, scale: scale)
    }
    if only.contains("starts") {
        progress("every way of starting (issue 25)")
        StartPaths.run(report, toolkit: toolkit, baseline: option("--baseline").flatMap { isExecutable($0) ? $0 : nil }, scale: scale)
    }
    if only.contains("goals") {
        progress("issue 16's goals")
        IssueGoals.run(report, toolkit: toolkit, data: data, scale: scale, work: root)
    }
    if only.contains("workbook") {
        progress("workbook store")
        WorkbookBench.run(report, toolkit: toolkit, scale: scale, work: root)
    }
    // Optional other builds (`--also NAME=PATH`, e.g. a --static-swift-stdlib build): the same
    // first frame, ↓ and peak RSS on the pty, and binary size, for comparison.
    for also in CommandLine.arguments.indices.filter({ CommandLine.arguments[$0] == "--also" && $0 + 1 < CommandLine.arguments.count }) {
        let spec = CommandLine.arguments[also + 1].split(separator: "=", maxSplits: 1).map(String.init)
        guard spec.count == 2, isExecutable(spec[1]) else { progress("skipping --also \(CommandLine.arguments[also + 1])"); continue }
        progress("other build: \(spec[0])")
        PtyBench.compare(report, name: spec[0], toolkit: spec[1], scale: scale)
    }
    if only.contains("process") {
        report.budget("binary ≤ 25 MB", measured: report.rows.first { $0.name.hasPrefix("toolkit release binary") }.map { $0.median / 1024 },
                      limit: 25 * 1024, unit: .kilobytes)
    }
    var uts = utsname()
    uname(&uts)
    let machine = withUnsafeBytes(of: uts.release) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
    let loadAfter = ((try? readFile("/proc/loadavg")) ?? "?").split(separator: " ").prefix(3).joined(separator: " ")
    let header = "## Results\n\nLinux \(machine), \(sysconf(Int32(_SC_NPROCESSORS_ONLN))) cores, benchmark run took \(Unit.seconds.format(now() - started)); scale \(scale); load average before \(loadBefore), after \(loadAfter).\n"
    let markdown = header + report.markdown()
    print(markdown)
    if let path = option("--markdown") {
        do { try Generator.write(path, markdown) } catch { fatal(error.description) }
    }

case "answer-burst":
    guard arguments.count == 2, let count = Int(arguments[1]) else { fatal(usage) }
    WorkbookBench.burst(database: arguments[0], count: count)

case "pty-dump":
    // For checking what a program writes: prints the pty output with escapes made visible.
    guard let dash = arguments.firstIndex(of: "--"), dash + 1 < arguments.count else { fatal(usage) }
    let program = Array(arguments[(dash + 1)...])
    // Key names are sent as a terminal sends them in the mode the program chose; anything else is typed as it is.
    let keys = (option("--keys") ?? "").split(separator: ",").map(String.init)
    let session = PtySession([which(program[0]) ?? program[0]] + program.dropFirst())
    func show(_ title: String, _ bytes: ArraySlice<UInt8>) {
        var text = ""
        for byte in bytes {
            switch byte {
            case 0x1b: text += "\\e"
            case 0x0a: text += "\\n\n"
            case 0x0d: text += "\\r"
            case 0..<0x20: text += "^" + String(UnicodeScalar(byte + 64))
            default: text.unicodeScalars.append(UnicodeScalar(byte))
            }
        }
        print("=== \(title): \(bytes.count) bytes\n" + text)
    }
    var mark = 0
    let first = session.readUntilQuiet(marker: nil, quiet: 0.3, timeout: 10)
    show("first frame after \(Unit.seconds.format(session.lastByteTime - session.spawnTime)), application cursor keys \(session.applicationCursorKeys)", session.output[mark...])
    _ = first
    mark = session.output.count
    for key in keys {
        let named: [String: PtyBench.KeyName] = ["down": .down, "up": .up, "pgdn": .pageDown, "end": .end]
        let bytes = named[key].map { PtyBench.bytes(for: $0, applicationMode: session.applicationCursorKeys) } ?? Array((key == "enter" ? "\r" : key).utf8)
        let sent = now()
        session.send(bytes)
        _ = session.readUntilQuiet(quiet: 0.1, timeout: 30, awaitingOutput: true)
        show("\(key) after \(Unit.seconds.format(session.lastByteTime - sent))", session.output[mark...])
        mark = session.output.count
    }
    let (result, peak) = session.finish(quitKeys: Array((option("--quit") ?? "q").utf8))
    show("quit (peak RSS \(peak) KiB, status \(result.status))", session.output[mark...])

default:
    fatal(usage)
}
