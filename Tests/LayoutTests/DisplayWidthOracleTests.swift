import Glibc
@testable import Layout
import XCTest

/// The width the layout uses is the width ncurses uses: the C library's `wcwidth` under a UTF-8
/// locale, over every code point. The deliberate exceptions are listed here, and
/// `TerminalText` draws each so that what ncurses counts is what `DisplayWidth` counted (the
/// end-to-end `WidthExceptionsTests` shows tmux drawing them in place).
final class DisplayWidthOracleTests: XCTestCase {
    override func setUp() {
        super.setUp()
        XCTAssertNotNil(setlocale(LC_ALL, "C.UTF-8"), "the C.UTF-8 locale (Debian's libc-bin has it)")
    }

    /// The C library's `wcwidth`, which Swift's Glibc module hides (it is an X/Open function).
    private static let wcwidth: @convention(c) (wchar_t) -> Int32 = unsafeBitCast(dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth"),
                                                                                 to: (@convention(c) (wchar_t) -> Int32).self)

    /// The C library's width of a code point; -1 where it cannot print it.
    private func wcwidthOf(_ value: UInt32) -> Int { Int(Self.wcwidth(wchar_t(bitPattern: value))) }

    /// Every code point but the surrogates, which no string holds.
    private var everyScalar: [Unicode.Scalar] {
        (0...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)) }
    }

    /// The exceptions, by code point: why `DisplayWidth` counts one column where `wcwidth` says
    /// otherwise. Every other code point must be exactly `wcwidth`'s.
    private func exception(_ value: UInt32, wcwidth: Int) -> String? {
        if value == 0 { return "NUL: no content holds it; TerminalText draws ? (wcwidth 0)" }
        if wcwidth == -1 && (value < 0x20 || (0x7F...0x9F).contains(value)) {
            return "a control character: VisibleText shows content's as ^X or <U+0085>, TerminalText draws any left as ?"
        }
        if wcwidth == -1 { return "a code point the C library cannot print (unassigned, U+2028): TerminalText draws ?, where tmux would draw nothing" }
        return nil
    }

    func testEveryCodePointIsTheCLibrarysWidthOrAListedException() {
        var differences: [String] = []
        var exceptions = 0
        for scalar in everyScalar {
            let expected = wcwidthOf(scalar.value)
            let width = DisplayWidth.of(Character(scalar))
            if DisplayWidth.of(scalar) != width || DisplayWidth.isPrintable(scalar) != (expected >= 0) {
                differences.append("U+\(String(scalar.value, radix: 16, uppercase: true)): the code point's width or printability")
            }
            if width == expected { continue }
            if exception(scalar.value, wcwidth: expected) != nil, width == 1 {
                exceptions += 1
                continue
            }
            differences.append("U+\(String(scalar.value, radix: 16, uppercase: true)): wcwidth \(expected), DisplayWidth \(width)")
        }
        XCTAssertEqual(differences, [], "\(differences.count) code points differ; if the C library changed, run scripts/width-table")
        XCTAssertGreaterThan(exceptions, 0x20, "the controls at least")
    }

    /// The code points the issue found drawn shifted: the C library's width, not a table's guess.
    func testTheCodePointsThatShiftedALine() {
        for value: UInt32 in [0xFE10, 0xA960, 0x1B000, 0x16FE0, 0x17000, 0x1F210] {
            XCTAssertEqual(wcwidthOf(value), 2)
            XCTAssertEqual(DisplayWidth.of(Character(Unicode.Scalar(value)!)), 2, "U+\(String(value, radix: 16, uppercase: true))")
        }
        XCTAssertEqual(DisplayWidth.of("\u{2764}\u{FE0F}"), 1, "❤️: the heart is one column, the selector none")
    }

    /// Sequences are counted code point by code point, as ncurses adds them.
    func testSequencesCountEachCodePoint() {
        let cases: [(String, Int)] = [
            ("e\u{301}", 1), ("\u{1100}\u{1161}", 2), ("\u{1F44D}\u{1F3FD}", 4), ("\u{1F1EC}\u{1F1E7}", 2),
            ("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", 6), ("\u{231A}\u{FE0E}", 2), ("\u{AD}", 1),
        ]
        for (text, columns) in cases {
            XCTAssertEqual(DisplayWidth.of(text), columns, text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
            XCTAssertEqual(ncursesColumns(TerminalText.drawable(text)), columns, "drawn as counted: \(text)")
        }
    }

    /// What ncurses counts for the text it is given (`wcwidth` of each code point; one column for
    /// one it cannot print), for every code point drawn alone and after a letter: the same as
    /// `DisplayWidth` once `TerminalText` has made it drawable, and nothing unprintable is left.
    func testWhatIsDrawnHasTheColumnsCounted() {
        var differences: [String] = []
        for scalar in everyScalar {
            for text in [String(scalar), "a" + String(scalar)] {
                let drawn = TerminalText.drawable(text)
                if ncursesColumns(drawn) != DisplayWidth.of(text) || drawn.unicodeScalars.contains(where: { wcwidthOf($0.value) < 0 || $0.value == 0x200D }) {
                    differences.append("U+\(String(scalar.value, radix: 16, uppercase: true)) in \(text.debugDescription) drawn as \(drawn.debugDescription)")
                }
            }
        }
        XCTAssertEqual(differences, [])
    }

    private func ncursesColumns(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + max(0, wcwidthOf($1.value)) }
    }
}
