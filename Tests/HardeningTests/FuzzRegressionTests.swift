import Catalog
import Foundation
import Layout
import XCTest

/// Every input the fuzzer (scripts/fuzz, Fuzz/FuzzContent.swift) found a crash with is kept in
/// `Fixtures/fuzz/` and replayed here through the same steps and checks: loading the files the
/// input holds (separated by lines `@@@ path`), then laying out every page and menu at widths
/// 1, 9, 33 and 80, where no line may be wider than its width or hold a control character (nor
/// a span a line break), and
/// every problem message must be free of controls.
final class FuzzRegressionTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz")

    /// The fuzz target's input format: text before the first `@@@ path` line is `index.md`.
    static func files(from text: String) -> [SourceFile] {
        var result: [SourceFile] = []
        var path = "index.md"
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("@@@ ") {
                result.append(SourceFile(path: path, text: current.joined(separator: "\n")))
                path = String(line.dropFirst(4))
                current = []
                if result.count >= 12 { break }
            } else {
                current.append(line)
            }
        }
        result.append(SourceFile(path: path, text: current.joined(separator: "\n")))
        return result
    }

    func testEveryInputTheFuzzerCrashedWithNowPasses() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertFalse(names.isEmpty, "no inputs in \(Self.folder.path)")
        for name in names {
            let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
            let text = String(decoding: data, as: UTF8.self)
            switch CatalogLoader.load(Self.files(from: text)) {
            case let .failure(problems):
                for problem in problems.problems {
                    if let harm = firstHarmfulScalar(in: problem.description) { XCTFail("\(name): problem message: \(harm)") }
                }
            case let .success(catalog):
                for id in catalog.pagesInMenuOrder {
                    let page = catalog[id]
                    for width in [1, 9, 33, 80] {
                        for glyphs in width == 33 ? [Glyphs.unicode, Glyphs.ascii] : [Glyphs.unicode] {
                            let document = page.isMenu
                                ? MenuLayout(width: width, glyphs: glyphs).document(for: page, in: catalog)
                                : PageLayout(width: width, glyphs: glyphs).document(for: page)
                            for (row, line) in document.lines.enumerated() {
                                if line.width > document.width {
                                    XCTFail("\(name): \(id) at \(width): line \(row) '\(line.text)' is \(line.width) columns wide")
                                }
                                if let harm = firstHarmfulScalar(in: line.text) { XCTFail("\(name): \(id) at \(width): line \(row): \(harm)") }
                                if line.spans.contains(where: { $0.text.contains("\n") }) {
                                    XCTFail("\(name): \(id) at \(width): line \(row) has a line break inside a span: \(line.text.debugDescription)")
                                }
                            }
                            for target in document.targets {
                                XCTAssertTrue(document.lines.indices.contains(target.firstRow) && document.lines.indices.contains(target.lastRow),
                                              "\(name): \(id) at \(width): target rows \(target.firstRow)...\(target.lastRow)")
                            }
                        }
                    }
                }
            }
        }
    }
}
