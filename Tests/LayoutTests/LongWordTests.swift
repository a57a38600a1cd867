import Catalog
@testable import Layout
import XCTest

/// Words longer than a line (issue 7): cut in one pass, into the same lines as before.
final class LongWordTests: XCTestCase {
    private func wrapped(_ text: String, width: Int, measure: (Character) -> Int = DisplayWidth.of) -> [String] {
        TextWrapper.wrap([Inline(text)], width: width, base: .text, measure: measure)
            .map { $0.map(\.text).joined() }
    }

    // Cutting used to measure all that was left of the word for every line it made, so the
    // time grew with the square of the word's length (48 s for this word at 20 columns in a
    // debug build), and at width 1 this test would not finish.
    func testA200000LetterWordFillsEveryLine() {
        let word = String(repeating: "w", count: 200_000)
        for width in [1, 20, 80] {
            let lines = wrapped(word, width: width)
            XCTAssertEqual(lines.count, 200_000 / width, "width \(width)")
            XCTAssertTrue(lines.allSatisfy { $0.utf8.count == width }, "width \(width): a line is not full")
        }
    }

    func testAWideAndAccentedWordKeepsEveryCharacterWithinTheWidth() {
        let word = String(repeating: "aé東e\u{301}", count: 50_000)
        for width in [2, 7] {
            let lines = wrapped(word, width: width)
            XCTAssertEqual(lines.joined(), word, "width \(width): the word changed")
            XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width): a line is too wide")
            for (line, next) in zip(lines, lines.dropFirst()) where DisplayWidth.of(line) < width {
                XCTAssertEqual(next.first.map(DisplayWidth.of), 2, "width \(width): \(line) was cut before a character that fitted")
            }
        }
    }

    func testCuttingMeasuresEachCharacterOnce() {
        let word = String(repeating: "aé東", count: 70_000)
        for width in [1, 20] {
            var measured = 0
            _ = wrapped(word, width: width) { character in
                measured += 1
                return DisplayWidth.of(character)
            }
            XCTAssertEqual(measured, word.count, "width \(width)")
        }
    }

    func testAWordThatFitsIsNotMeasuredCharacterByCharacter() {
        var measured = 0
        _ = wrapped("short words fit", width: 20) { character in
            measured += 1
            return DisplayWidth.of(character)
        }
        XCTAssertEqual(measured, 0)
    }

    // The one-pass cut against the rule it replaced: each line takes the longest prefix of what
    // is left that fits (`DisplayWidth.prefix`), with wide characters, zero-width ones, a
    // character wider than the line and a change of style at any point of the word.
    func testCutsMatchTheLongestPrefixThatFits() {
        let alphabet = ["a", "é", "東", "\u{200B}", "e\u{301}", "😀", "b"]
        let emphases: [Emphasis] = [[], .strong, .code]
        var random = SplitMix(seed: 7)
        for _ in 0..<3_000 {
            let inlines = (0..<random.next(in: 1...4)).map { _ in
                Inline((0..<random.next(in: 1...12)).map { _ in alphabet[random.next(in: 0...6)] }.joined(),
                       emphasis: emphases[random.next(in: 0...2)])
            }
            let width = random.next(in: 1...8)
            let cut = TextWrapper.wrap(inlines, width: width, base: .text)
            XCTAssertEqual(cut, Self.longestPrefixes(inlines, width: width), "\(inlines.map(\.text)) at width \(width)")
        }
    }

    /// One word cut the way `TextWrapper` cut it before it was made linear.
    private static func longestPrefixes(_ inlines: [Inline], width: Int) -> [[Span]] {
        var lines: [[Span]] = []
        var line: [Span] = []
        var lineWidth = 0
        func append(_ text: String, _ style: Style) {
            if let last = line.last, last.style == style {
                line[line.count - 1].text += text
            } else {
                line.append(Span(text, style))
            }
            lineWidth += DisplayWidth.of(text)
        }
        func breakLine() {
            lines.append(line)
            line = []
            lineWidth = 0
        }
        for inline in inlines {
            let style = TextWrapper.style(for: inline, base: .text)
            var rest = inline.text
            while !rest.isEmpty {
                if lineWidth >= width { breakLine() }
                let fit = DisplayWidth.prefix(of: rest, fitting: width - lineWidth)
                if !fit.text.isEmpty {
                    append(fit.text, style)
                    rest.removeFirst(fit.text.count)
                } else if lineWidth == 0 {
                    append("?", style)
                    rest.removeFirst()
                } else {
                    breakLine()
                }
            }
        }
        lines.append(line)
        return lines
    }
}

/// A small seeded generator, so the comparison cuts the same words on every run.
private struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(in range: ClosedRange<Int>) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        value ^= value >> 31
        return range.lowerBound + Int(value % UInt64(range.count))
    }
}
