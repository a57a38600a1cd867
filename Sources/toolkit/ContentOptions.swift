import BuiltinContent
import Catalog

/// The `--content DIR` option and the loading it controls, shared by every subcommand.
struct ContentOptions {
    /// The folder given with `--content`, if any.
    var content: String?

    /// Reads `--content` from what the parser read.
    init(_ parsed: ParsedArguments) {
        content = parsed.value(.content)
    }

    /// Where the content comes from, for messages.
    var origin: String { content ?? "the built-in toolkit" }

    /// The problems found while loading, or the catalog. The built-in toolkit (checked by the
    /// tests) and large folders are read as their pages are needed.
    func load() -> Result<Catalog, ContentLoadFailure> {
        guard let content else {
            return CatalogLoader.open(BuiltinContent.files).mapError { .problems($0.problems) }
        }
        do {
            return try CatalogLoader.load(folder: content, checkingUpTo: CatalogLoader.checkedWholeUpTo)
                .mapError { .problems($0.problems) }
        } catch {
            return .failure(.missing(error.description))
        }
    }

    /// Loads the catalog or prints why not and exits: 66 when the folder is missing, 65 when
    /// its content is broken (sysexits' EX_NOINPUT and EX_DATAERR).
    func loadOrExit() throws -> Catalog {
        switch load() {
        case let .success(catalog):
            return catalog
        case let .failure(.missing(message)):
            StandardError.write("toolkit: \(message)")
            throw Exit(66)
        case let .failure(.problems(problems)):
            try refuse(problems)
        }
    }

    /// Checks every page, a page at a time, and returns what was found, or prints every problem
    /// and exits as `loadOrExit` does.
    func checkOrExit() throws -> ContentCheck {
        let check: ContentCheck
        if let content {
            do {
                check = try ContentCheck(folder: content)
            } catch {
                StandardError.write("toolkit: \(error.description)")
                throw Exit(66)
            }
        } else {
            check = ContentCheck(BuiltinContent.files)
        }
        if !check.problems.isEmpty { try refuse(check.problems) }
        return check
    }

    /// Exits with 65, listing the problems, if any page among `ids` is broken: a large folder
    /// is not checked whole before a page is printed, so the pages printed are checked instead.
    func refuseBroken(_ ids: [PageID], in catalog: Catalog) throws {
        let problems = ids.flatMap { catalog.problems(of: $0) }
        if !problems.isEmpty { try refuse(problems) }
    }

    private func refuse(_ problems: [ContentProblem]) throws -> Never {
        let base = content.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? "Content/"
        for problem in problems {
            var located = problem
            located.file = base + problem.file
            StandardError.write(located.description)
        }
        StandardError.write("toolkit: \(Count.of(problems.count, "problem", "problems")) in \(origin); nothing was shown")
        throw Exit(65)
    }
}

/// Why content could not be loaded.
enum ContentLoadFailure: Error {
    /// The folder is missing or not a folder.
    case missing(String)
    /// The files have problems.
    case problems([ContentProblem])
}
