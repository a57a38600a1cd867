import BuiltinContent
import Catalog
import Foundation
import Navigation
import PropertyBased
import Rendering
import Testing

/// Random walks of a workshop (issue 6 under issue 7's method): a presenter driven by random
/// keys, ticks and resizes, a follower fed every position the presenter publishes, random
/// garbage lines and random keys of its own, both rendered after every step.
@Suite("Random walks of a presentation", .shrinking(false))
struct PresentationWalkTests {
    static let walks = RandomWalkTests.walksOverride ?? 3

    /// `kind` below 600 is a presenter key bound where the presenter is, 600-699 any key to the
    /// presenter, 700-799 a key to the follower, 800-899 a garbage line to the follower, 900-979
    /// a resize of one of them, 980-998 a tick, 999 the presenter leaving.
    struct Step: Sendable {
        var kind: Int
        var columns: Int
        var rows: Int
    }

    static let walk = zip(Gen.int(in: 0...999), Gen.int(in: 1...300), Gen.int(in: 1...100))
        .map { Step(kind: $0, columns: $1, rows: $2) }
        .array(of: 1_000)

    static let garbage = ["", "slide", "slide menu 0 0", "slide nowhere 1 0", "page", "page x 99999", "toolkit-present 9",
                          "end extra", "\u{1b}]52;c;aGk=\u{07}", "blank blank", String(repeating: "a", count: 2000), "slide menu 1 -5"]

    @Test("A presenter and a follower keep every invariant")
    func presenterAndFollower() async {
        let counter = Counter()
        await propertyCheck(count: Self.walks, input: Self.walk) { steps in
            counter.events += Self.run(steps)
        }
        print("random walks of a presentation: \(counter.events) events")
    }

    static func run(_ steps: [Step]) -> Int {
        let catalog = RandomWalkTests.builtinCatalog
        var presenter = Presentation(catalog: catalog, window: Size(columns: 100, rows: 30), start: PageID("correctives"), minutes: 45)
        var follower = reduce(Follower(catalog: catalog, window: Size(columns: 80, rows: 24)), .shared(ShareMessage.greeting)).state
        follower = reduce(follower, .shared(ShareMessage.line(for: presenter.position))).state
        var clock = 0
        var history: [String] = []
        for (index, step) in steps.enumerated() {
            let keys = RandomWalkTests.keys
            switch step.kind {
            case 0..<600:
                let bound = Keymap.bindings.filter { $0.contexts.contains(presenter.context) || $0.contexts.contains(.presenting) }.flatMap(\.keys)
                let key = bound.isEmpty ? keys[step.columns % keys.count] : bound[(step.kind + step.columns) % bound.count]
                history.append("presenter \(key)")
                let next = reduce(presenter, .key(key)).state
                presenter = next.isFinished ? presenter : next
            case 600..<700:
                let key = keys[(step.kind * 7 + step.columns) % keys.count]
                history.append("presenter \(key)")
                let next = reduce(presenter, .key(key)).state
                presenter = next.isFinished ? presenter : next
            case 700..<800:
                let key = keys[(step.kind * 3 + step.rows) % keys.count]
                history.append("follower \(key)")
                let next = reduce(follower, .key(key)).state
                follower = next.slides.isFinished ? follower : next
            case 800..<900:
                let line = garbage[step.columns % garbage.count]
                history.append("garbage \(line.prefix(20))")
                follower = reduce(follower, .shared(line)).state
            case 900..<980:
                let size = Size(columns: step.columns, rows: step.rows)
                history.append("resize \(step.kind % 2 == 0 ? "presenter" : "follower") \(size)")
                if step.kind % 2 == 0 { presenter = reduce(presenter, .resized(size)).state } else { follower = reduce(follower, .resized(size)).state }
            case 980..<999:
                clock += step.columns % 4
                history.append("tick \(clock)")
                presenter = reduce(presenter, .tick(clock)).state
            default:
                history.append("presenter left")
                follower = reduce(follower, .shareClosed).state
            }
            if step.kind < 700 || step.kind >= 980, follower.isConnected {
                follower = reduce(follower, .shared(ShareMessage.line(for: presenter.position))).state
            }
            if let broken = broken(presenter) ?? broken(follower) {
                Issue.record("step \(index): \(broken)\nlast steps: \(history.suffix(20))")
                return index + 1
            }
        }
        return steps.count
    }

    static func broken(_ presentation: Presentation) -> String? {
        if !presentation.deck.items.isEmpty, !presentation.deck.items.indices.contains(presentation.item) {
            return "item \(presentation.item) outside the deck of \(presentation.deck.items.count)"
        }
        if !(0...presentation.maximumSlideScroll).contains(presentation.slideScroll) {
            return "slide scroll \(presentation.slideScroll) outside 0...\(presentation.maximumSlideScroll)"
        }
        return fits(render(presentation), "presenter")
    }

    static func broken(_ follower: Follower) -> String? {
        if follower.isFollowing, follower.isConnected, let latest = follower.latest, follower.slides.notice == nil {
            switch latest {
            case let .slide(deck, item, _) where follower.slides.reader != nil || follower.slides.deck.menu != deck || follower.slides.item != item:
                return "following, but not on \(deck) item \(item)"
            case let .page(id, _) where follower.slides.reader?.place.id != id:
                return "following, but not on page \(id)"
            default:
                break
            }
        }
        return fits(render(follower), "follower")
    }

    static func fits(_ screen: Screen, _ who: String) -> String? {
        if screen.rows.count != screen.size.rows { return "\(who): \(screen.rows.count) rows on a screen of \(screen.size.rows)" }
        for (index, row) in screen.rows.enumerated() {
            let width = row.reduce(0) { $0 + $1.width }
            if width > screen.size.columns { return "\(who): row \(index) is \(width) wide on \(screen.size)" }
            if row.contains(where: { $0.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } }) {
                return "\(who): row \(index) holds a control character"
            }
        }
        return nil
    }
}
