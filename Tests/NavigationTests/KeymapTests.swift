import Foundation
@testable import Navigation
import XCTest

final class KeymapTests: XCTestCase {
    func testNoKeyIsBoundTwiceInOneContext() {
        for context in Context.allCases {
            var seen: [Key: String] = [:]
            for binding in Keymap.bindings where binding.contexts.contains(context) {
                for key in binding.keys {
                    XCTAssertNil(seen[key], "\(key) in \(context) is bound to both '\(seen[key] ?? "")' and '\(binding.help)'")
                    seen[key] = binding.help
                }
            }
        }
    }

    func testEveryHintNamesABoundCommand() {
        for context in Context.allCases {
            let items = Keymap.hintItems(for: context, arrows: .symbols)
            XCTAssertEqual(items.count, Keymap.hints[context]?.count ?? 0, "\(context)")
            XCTAssertFalse(items.contains { $0.keys.isEmpty }, "\(context): a hint names a command with no key here")
        }
        XCTAssertEqual(Keymap.hintItems(for: .page, arrows: .words).first?.keys, "Up/Down")
        XCTAssertEqual(Keymap.hintItems(for: .page, arrows: .symbols).first?.keys, "↑↓")
    }

    func testDigitsPickTheirItem() {
        XCTAssertEqual(Keymap.command(for: .character("7"), in: .menu), .pick(7))
        XCTAssertNil(Keymap.command(for: .character("7"), in: .page))
    }

    func testHelpListsEveryBindingOnce() {
        for contexts in [Context.reading, Context.presentation] {
            let entries = Keymap.helpLines(arrows: .symbols, contexts: contexts).filter { if case .entry = $0 { return true } else { return false } }
            let expected = contexts.reduce(0) { count, context in count + Keymap.bindings.filter { $0.contexts.contains(context) }.count }
            XCTAssertEqual(entries.count, expected)
        }
        XCTAssertEqual(Set(Context.presentation), Set(Context.allCases), "the presenter's help covers every context")
    }

    func testTheReadmeKeysTableIsTheKeymap() throws {
        let readme = URL(fileURLWithPath: "\(#filePath)")
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        var table = "| Keys | What they do | Where |\n|---|---|---|\n"
        for binding in Keymap.bindings {
            let keys = binding.keyLabel.map { "`\($0)`" } ?? binding.keys.map { "`\($0.name(arrows: .symbols))`" }.joined(separator: " ")
            let places = Context.allCases.filter(binding.contexts.contains).map { $0.title.lowercased() }.joined(separator: "; ")
            table += "| \(keys.replacingOccurrences(of: "|", with: "\\|")) | \(binding.help) | \(places) |\n"
        }
        XCTAssertTrue(text.contains(table), "README's keys table differs from the keymap; it should read:\n\n\(table)")
    }
}
