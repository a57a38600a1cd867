import ArgumentParser
import Catalog

/// `toolkit check`: validates a content folder and lists every problem, for people editing content.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a content folder and list every problem as file:line: message."
    )

    @OptionGroup var content: ContentOptions

    func run() throws {
        let check = try content.checkOrExit()
        StandardOutput.write("\(content.origin): \(check.pages) pages, \(check.links) links, no problems\n")
    }
}
