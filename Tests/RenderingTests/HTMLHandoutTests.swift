import BuiltinContent
import Catalog
import Foundation
@testable import Rendering
import TestSupport
import XCTest

/// `show --all --format html`: the fixture's handout as a snapshot, every in-page link landing on
/// a section, and hostile content that must not add markup, script or a fetch.
final class HTMLHandoutTests: XCTestCase {
    func testTheFixturesHandout() {
        assertSnapshot(HTMLHandout.document(from: .root, in: Fixture.catalog), named: "show-all-html")
    }

    func testOnePageWithoutAllHasOnlyItsOwnSection() {
        let html = HTMLHandout.document(from: PageID("alpha/two"), in: Fixture.catalog, all: false)
        XCTAssertEqual(html.components(separatedBy: "<section ").count - 1, 1)
        XCTAssertTrue(html.contains("<title>Page two \u{B7} Fixture Toolkit</title>"), html)
        XCTAssertFalse(html.contains("href=\"#page-alpha/one"), "a page the file leaves out is not linked to\n\(html)")
        XCTAssertTrue(html.contains("the second part of page one"), "its text stays")
    }

    func testEveryInPageLinkOfTheBuiltInHandoutLandsOnAnElement() throws {
        guard case let .success(catalog) = CatalogLoader.load(BuiltinContent.files) else { return XCTFail("built-in content does not load") }
        let html = HTMLHandout.document(from: .root, in: catalog)
        let tags = try HTMLTags(html)
        let ids = Set(tags.all.compactMap { $0.attributes["id"] })
        let fragments = tags.all.compactMap { $0.attributes["href"] }.filter { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
        XCTAssertGreaterThan(fragments.count, 300)
        for fragment in Set(fragments) {
            XCTAssertTrue(ids.contains(fragment), "#\(fragment) leads nowhere")
        }
        XCTAssertEqual(tags.all.filter { $0.name == "section" }.count, catalog.pagesInMenuOrder.count, "one section per page")
        XCTAssertEqual(ids.filter { ($0.hasPrefix("page-") && !$0.contains(":")) || $0 == "menu" }.count, catalog.pagesInMenuOrder.count)
        let order = tags.all.filter { $0.name == "section" }.compactMap { $0.attributes["id"] }
        XCTAssertEqual(order, catalog.pagesInMenuOrder.map { HTMLText.fragment(for: $0) }, "in the order of show --all")
    }

    func testHostileContentAddsNoMarkupScriptOrFetch() throws {
        let html = HTMLHandout.document(from: .root, in: try Self.hostileCatalog())
        let tags = try HTMLTags(html)
        let allowedTags: Set<String> = [
            "!doctype", "html", "head", "meta", "title", "style", "body", "header", "main", "nav", "section", "div",
            "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "a", "span", "em", "strong", "code", "pre",
            "blockquote", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "del", "input",
        ]
        let allowedAttributes: Set<String> = ["lang", "charset", "http-equiv", "content", "name", "id", "class", "href", "aria-label", "align", "start", "type", "disabled", "checked"]
        for tag in tags.all {
            XCTAssertTrue(allowedTags.contains(tag.name), "<\(tag.name)> came through")
            for (name, value) in tag.attributes {
                XCTAssertTrue(allowedAttributes.contains(name), "attribute \(name)=\"\(value)\" on <\(tag.name)>")
            }
            if tag.name == "input" {
                XCTAssertEqual(tag.attributes["type"], "checkbox", "the only input is a task item's box")
                XCTAssertNotNil(tag.attributes["disabled"])
            }
            if let href = tag.attributes["href"] {
                XCTAssertTrue(href.hasPrefix("#") || href.hasPrefix("https://") || href.hasPrefix("http://") || href.hasPrefix("mailto:"), "href=\"\(href)\"")
                XCTAssertFalse(href.lowercased().contains("javascript"), href)
            }
        }
        XCTAssertEqual(tags.all.filter { $0.name == "style" }.count, 1, "only the handout's own style")
        XCTAssertEqual(tags.styleText, "\n" + HandoutStylesheet.css + "\n", "the style is the handout's, untouched")
        XCTAssertEqual(tags.all.filter { $0.name == "meta" }.compactMap { $0.attributes["content"] }.first, HTMLHandout.contentSecurityPolicy)
        XCTAssertFalse(html.contains("<!--"), "no comments, so no notes and no conditional comments")
        XCTAssertFalse(html.contains("secret facilitator note"), "the notes stay private")
        // What the content wrote is shown as text, escaped.
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html)
        XCTAssertTrue(html.contains("&lt;iframe src=&quot;https://evil.example/&quot;&gt;"), html)
        XCTAssertTrue(html.contains("<em>[image: pixel]</em>"), html)
        XCTAssertTrue(html.contains("&lt;script&gt;alert(9)&lt;/script&gt; &amp; &quot;quotes&quot;"), "the title, escaped\n\(html)")
        XCTAssertTrue(html.contains("^["), "control characters are made visible")
        XCTAssertTrue(html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" /> &lt;input type=&quot;text&quot; onfocus=&quot;alert(18)&quot;&gt;"), html)
        XCTAssertFalse(html.contains("\u{1b}"), "no raw escape reaches the file")
    }

    /// A toolkit whose one page holds every way into HTML; opened lazily, since its script link
    /// is a content problem that would stop a checked load.
    static func hostileCatalog() throws -> Catalog {
        let body = """
            <script>alert(1)</script>

            Text with <script>alert(2)</script> inline, <img src="http://evil.example/pixel.png" onerror="alert(11)"> and
            <iframe src="https://evil.example/"></iframe>.

            <style>@import url(https://evil.example/x.css); body { background: url(https://evil.example/bg.png) }</style>

            [click](javascript:alert(3)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox) <javascript:alert(4)>
            [spaced](<java script:alert(12)>) [title](https://example.org/ "a \\" onmouseover=\\"alert(13)")

            ![pixel](http://evil.example/pixel.png) ![local](file:///etc/passwd) [![linked image](https://evil.example/i.png)](https://example.org/)

            <a href="javascript:alert(5)" onclick="alert(6)">raw link</a> <svg onload="alert(7)"></svg>
            <object data="https://evil.example/o"></object><embed src="https://evil.example/e"><link rel="stylesheet" href="https://evil.example/l.css">
            <meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/">

            [ref link][r] and an escape \u{1b}]0;pwned\u{07} in the text

            ```html"><script>alert(14)</script>
            <script>alert(15)</script>
            ```

            | <b>cell</b> | [x](javascript:alert(16)) |
            |---|---|
            | <i onclick="alert(17)">i</i> | ![t](https://evil.example/t.png) |

            - [x] <input type="text" onfocus="alert(18)">

            [r]: javascript:alert(8)

            <!-- notes
            secret facilitator note
            -->
            """
        let files = [
            SourceFile(path: "index.md", text: "---\ntitle: Root\n---\nThe root.\n"),
            SourceFile(path: "evil.md", text: "---\ntitle: \"<script>alert(9)</script> & \\\"quotes\\\"\"\nsources: [\"https://example.org/ok\"]\n---\n" + body + "\n"),
        ]
        guard case let .success(catalog) = CatalogLoader.open(files) else { throw HarnessFailure("the hostile toolkit does not open") }
        return catalog
    }
}

private struct HarnessFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// The tags of an HTML document as a browser's tokenizer would see them, for a document with
/// no comments, scripts or raw text other than one `<style>`: names lower-cased, attributes
/// double-quoted (anything else is an error, which fails the test).
struct HTMLTags {
    struct Tag {
        var name: String
        var attributes: [String: String]
    }

    private(set) var all: [Tag] = []
    private(set) var styleText = ""

    init(_ html: String) throws {
        let characters = Array(html)
        var index = 0
        while index < characters.count {
            guard characters[index] == "<" else { index += 1; continue }
            guard let end = characters[index...].firstIndex(of: ">") else { throw HarnessFailure("a tag that never ends") }
            var body = String(characters[(index + 1)..<end])
            index = end + 1
            if body.hasPrefix("/") { continue }
            if body.hasSuffix("/") { body.removeLast() }
            let name = String(body.prefix { !$0.isWhitespace }).lowercased()
            all.append(Tag(name: name, attributes: try Self.attributes(String(body.dropFirst(name.count)))))
            if name == "style" {
                guard let close = html.range(of: "</style>", range: html.index(html.startIndex, offsetBy: index)..<html.endIndex) else {
                    throw HarnessFailure("<style> never closes")
                }
                styleText = String(html[html.index(html.startIndex, offsetBy: index)..<close.lowerBound])
                index = html.distance(from: html.startIndex, to: close.upperBound)
            }
        }
    }

    private static func attributes(_ text: String) throws -> [String: String] {
        var result: [String: String] = [:]
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0.isWhitespace }
            if rest.isEmpty || rest.hasPrefix("html") { return result }
            guard let equals = rest.firstIndex(of: "=") else { throw HarnessFailure("an attribute without a value: \(rest)") }
            let name = String(rest[..<equals]).lowercased()
            rest = rest[rest.index(after: equals)...]
            guard rest.first == "\"", let close = rest.dropFirst().firstIndex(of: "\"") else { throw HarnessFailure("an unquoted attribute: \(name)") }
            result[name] = String(rest[rest.index(after: rest.startIndex)..<close])
            rest = rest[rest.index(after: close)...]
        }
    }
}
