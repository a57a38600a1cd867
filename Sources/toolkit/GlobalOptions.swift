/// The options the README lists for every command (`toolkit --content DIR show --all`). The
/// argument parser only reads a subcommand's options after its name, so `arrange` moves those
/// written before the subcommand to after it.
enum GlobalOptions {
    /// A global option: its name, whether a value follows it, and the subcommands that take it.
    struct Option {
        let name: String
        let takesValue: Bool
        let subcommands: Set<String>
    }

    /// Every global option and where it means something; browsing takes them all.
    static let options: [Option] = [
        Option(name: "--content", takesValue: true, subcommands: ["browse", "show", "tree", "search", "cite", "check", "present", "follow"]),
        Option(name: "--theme", takesValue: true, subcommands: ["browse", "present", "follow"]),
        Option(name: "--mouse", takesValue: false, subcommands: ["browse"]),
        Option(name: "--fresh", takesValue: false, subcommands: ["browse"]),
        Option(name: "--plain", takesValue: false, subcommands: ["browse"]),
    ]

    /// The subcommands' names, as typed.
    static let subcommands: Set<String> = ["browse", "show", "tree", "search", "cite", "check", "present", "follow"]

    /// A global option written before a subcommand that does not take it.
    struct Misplaced: Error, CustomStringConvertible {
        let option: String
        let subcommand: String
        var description: String {
            let takers = options.first { $0.name == option }?.subcommands.filter { $0 != "browse" }.sorted() ?? []
            let elsewhere = takers.isEmpty ? "it is for browsing" : "it is for browsing and " + takers.joined(separator: ", ")
            return "toolkit: \(option) does not apply to \(subcommand) (\(elsewhere)); try toolkit \(subcommand) --help"
        }
    }

    /// `arguments` (without the program's name) with the global options written before a
    /// subcommand's name moved to just after it; unchanged when no subcommand follows them
    /// (browsing reads them where they are). Throws when a moved option means nothing there.
    static func arrange(_ arguments: [String]) throws -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count, let option = option(at: arguments[index]) {
            let written = arguments[index]
            leading.append(written)
            index += 1
            if option.takesValue, !written.contains("="), index < arguments.count {
                leading.append(arguments[index])
                index += 1
            }
        }
        guard !leading.isEmpty, index < arguments.count, subcommands.contains(arguments[index]) else { return arguments }
        let subcommand = arguments[index]
        for written in leading {
            if let option = option(at: written), !option.subcommands.contains(subcommand) {
                throw Misplaced(option: option.name, subcommand: subcommand)
            }
        }
        return [subcommand] + leading + arguments[(index + 1)...]
    }

    /// The global option `argument` names (`--theme` or `--theme=light`), if it is one.
    private static func option(at argument: String) -> Option? {
        let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
        return options.first { $0.name == name && ($0.takesValue || name == argument) }
    }
}
