// libFuzzer entry point for the content loader and the layout (issue 7).
//
// The input is a whole content folder in one blob: files are separated by lines of the form
// `@@@ path/to/file.md`; text before the first such line is `index.md`. So one input fuzzes the
// front matter (libyaml), the Markdown (cmark-gfm), the menu tree and the links between files
// through `CatalogLoader.load`, then lays out every page and menu at a few widths with both glyph
// sets, and checks what the product promises:
// - no laid-out line is wider than the width it was laid out for;
// - no span contains a control character, an escape, a C1 control or a bidi override;
// - targets and anchors point at lines that exist;
// - problem messages (`ContentProblem.description`) contain no control character but newline.
// A broken promise is a trap, which libFuzzer reports as a crash with the input saved.
//
// Built by scripts/fuzz; see HARDENING.md.

import Catalog
import Glibc
import Layout

private let separator = "@@@ "
private let widths = [1, 9, 33, 80]

/// Splits the blob into files (at most 12, so inputs stay quick).
func files(from text: String) -> [SourceFile] {
    var result: [SourceFile] = []
    var path = "index.md"
    var current: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix(separator) {
            result.append(SourceFile(path: path, text: current.joined(separator: "\n")))
            path = String(line.dropFirst(separator.count))
            current = []
            if result.count >= 12 { break }
        } else {
            current.append(line)
        }
    }
    result.append(SourceFile(path: path, text: current.joined(separator: "\n")))
    return result
}

@inline(never)
func fail(_ message: String) -> Never {
    fatalError("fuzz invariant broken: " + message)
}

func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
}

func check(_ document: Document, width: Int, what: String) {
    for (row, line) in document.lines.enumerated() {
        if line.width > document.width {
            fail("\(what): line \(row) is \(line.width) columns wide, laid out for \(document.width) (asked \(width))")
        }
        for span in line.spans {
            if let bad = span.text.unicodeScalars.first(where: isForbidden) {
                fail("\(what): line \(row) contains U+\(String(bad.value, radix: 16))")
            }
            if let target = span.target, !document.targets.indices.contains(target) {
                fail("\(what): line \(row) names target \(target) of \(document.targets.count)")
            }
        }
    }
    for (index, target) in document.targets.enumerated() {
        if !(0..<document.lines.count).contains(target.firstRow) || target.lastRow < target.firstRow
            || target.lastRow >= document.lines.count {
            fail("\(what): target \(index) rows \(target.firstRow)...\(target.lastRow) of \(document.lines.count)")
        }
    }
    for (anchor, row) in document.anchors where !document.lines.indices.contains(row) {
        fail("\(what): anchor \(anchor) at row \(row) of \(document.lines.count)")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // Invalid UTF-8 becomes U+FFFD, as ContentFolder.read does.
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    switch CatalogLoader.load(files(from: text)) {
    case let .failure(problems):
        for problem in problems.problems {
            let line = problem.description
            if let bad = line.unicodeScalars.first(where: { $0 != "\n" && isForbidden($0) }) {
                fail("problem message contains U+\(String(bad.value, radix: 16)): \(line.debugDescription)")
            }
        }
    case let .success(catalog):
        for id in catalog.pagesInMenuOrder {
            let page = catalog[id]
            for width in widths {
                for glyphs in width == 33 ? [Glyphs.unicode, Glyphs.ascii] : [Glyphs.unicode] {
                    let document = page.isMenu
                        ? MenuLayout(width: width, glyphs: glyphs).document(for: page, in: catalog)
                        : PageLayout(width: width, glyphs: glyphs).document(for: page)
                    check(document, width: width, what: "\(id) at \(width)")
                }
            }
        }
    }
    return 0
}
