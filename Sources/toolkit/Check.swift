import ArgumentParser
import Catalog

/// `toolkit check`: validates a content folder and lists every problem, for people editing content.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a content folder and list every problem as file:line: message."
    )

    @OptionGroup var content: ContentOptions

    func run() throws {
        let catalog = try content.loadOrExit(checkingEveryPage: true)
        let links = catalog.pages.values.reduce(0) { $0 + $1.links.count }
        StandardOutput.write("\(content.origin): \(catalog.ids.count) pages, \(links) links, no problems\n")
    }
}
