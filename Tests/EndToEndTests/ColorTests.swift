import Foundation
import XCTest

/// Colour is on by default and off with NO_COLOR, as the screen's escape sequences show
/// (captured with `capture-pane -e`, which re-encodes every cell's colours and attributes).
final class ColorTests: TmuxTestCase {
    func testDefaultScreenUsesColour() throws {
        let sgr = try menuSGRParameters(environment: [:])
        XCTAssertFalse(sgr.colours.isEmpty, "expected colour SGR codes by default; got \(sgr.all)")
        XCTAssertTrue(sgr.colours.contains("38;5;117"), "titles are light blue on 256 colours; got \(sgr.colours)")
    }

    func testEightColourTerminalsGetTheBasicColours() throws {
        let sgr = try menuSGRParameters(environment: [:], term: "xterm")
        XCTAssertTrue(sgr.colours.contains("36"), "titles are cyan on 8 colours; got \(sgr.colours)")
        XCTAssertFalse(sgr.colours.contains { $0.hasPrefix("38;5") }, "no 256-colour codes on 8 colours; got \(sgr.colours)")
    }

    func testHighContrastThemeUsesStrongColoursOnBlack() throws {
        let sgr = try menuSGRParameters(environment: [:], arguments: ["--theme", "high-contrast"])
        XCTAssertTrue(sgr.colours.contains("38;5;226"), "yellow titles; got \(sgr.colours)")
        XCTAssertTrue(sgr.colours.contains("48;5;16"), "a black background; got \(sgr.colours)")
        XCTAssertFalse(sgr.attributes.contains("2"), "nothing dimmed in high contrast; got \(sgr.all)")
    }

    func testThePresenterViewTakesTheHighContrastTheme() throws {
        let sgr = try menuSGRParameters(environment: [:], arguments: ["present", "--theme", "high-contrast", "correctives"],
                                        showing: ["Overview: the five correctives", "overview"])
        XCTAssertTrue(sgr.colours.contains("38;5;226"), "yellow titles on the slide; got \(sgr.colours)")
        XCTAssertTrue(sgr.colours.contains("48;5;16"), "a black background; got \(sgr.colours)")
        XCTAssertFalse(sgr.attributes.contains("2"), "nothing dimmed in high contrast; got \(sgr.all)")
    }

    func testNoColorScreenHasNoColourButKeepsAttributes() throws {
        let sgr = try menuSGRParameters(environment: ["NO_COLOR": "1"])
        XCTAssertEqual(sgr.colours, [], "NO_COLOR=1 but colour codes appeared; all SGR: \(sgr.all)")
        XCTAssertTrue(sgr.attributes.contains("7"), "the top and bottom bars should still be reversed; got \(sgr.all)")
        XCTAssertTrue(sgr.attributes.contains("1"), "titles should still be bold; got \(sgr.all)")
    }

    func testEmptyNoColorStillMeansColour() throws {
        let sgr = try menuSGRParameters(environment: ["NO_COLOR": ""])
        XCTAssertFalse(sgr.colours.isEmpty, "NO_COLOR set to the empty string should not disable colour; got \(sgr.all)")
    }

    /// Runs the toolkit's menu and returns the SGR parameters on screen, split into colour
    /// codes (30-38, 40-48, 90-97, 100-107, with 38/48's sub-parameters) and the rest.
    /// 39 and 49 (default colours) are not colour: tmux emits them for plain cells too.
    private func menuSGRParameters(
        environment: [String: String], term: String = "xterm-256color", arguments: [String] = [],
        showing: [String] = ["Case studies of purpose-aligned partnerships", "1 of 6"]
    ) throws -> (colours: Set<String>, attributes: Set<String>, all: [String]) {
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.startToolkit(arguments, term: term, environment: environment)
        _ = try tmux.waitFor(showing.map { "\"\($0)\"" }.joined(separator: ", ")) { screen in showing.allSatisfy(screen.contains) }
        _ = tmux.settledCapture()
        let text = tmux.capture(escapes: true).text
        let regex = try NSRegularExpression(pattern: "\u{1B}\\[([0-9;:]*)m")
        let sequences = regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
        XCTAssertFalse(sequences.isEmpty, "capture-pane -e showed no SGR at all:\n\(text)")
        var colours: Set<String> = []
        var attributes: Set<String> = []
        for sequence in sequences {
            var parameters = sequence.split(separator: ";", omittingEmptySubsequences: false).map { String($0) }[...]
            while let parameter = parameters.popFirst() {
                let head = parameter.split(separator: ":").first.map(String.init) ?? parameter
                guard let code = Int(head.isEmpty ? "0" : head) else { continue }
                switch code {
                case 38, 48:
                    if !parameter.contains(":"), let kind = parameters.popFirst() {
                        let values = parameters.prefix(kind == "5" ? 1 : kind == "2" ? 3 : 0)
                        colours.insert(([parameter, kind] + values).joined(separator: ";"))
                        parameters = parameters.dropFirst(values.count)
                    } else {
                        colours.insert(parameter)
                    }
                case 30...37, 40...47, 90...97, 100...107:
                    colours.insert(parameter)
                default:
                    attributes.insert(String(code))
                }
            }
        }
        try tmux.quitAndAssertRestored()
        return (colours, attributes, sequences)
    }
}
