import BuiltinContent
import Catalog
import Layout
import Navigation
import Rendering

/// The in-process measurements: loading, laying out, reducing and rendering, called directly.
enum InProcess {
    static let size = Size(columns: 80, rows: 24)

    /// The catalog of a folder as `toolkit --content DIR` opens it: checked whole only when small.
    static func openFolder(_ path: String) -> Catalog {
        folder(path, checkingUpTo: CatalogLoader.checkedWholeUpTo)
    }

    /// The catalog of a folder read and checked whole, as `toolkit check` does.
    static func checkFolder(_ path: String) -> Catalog {
        folder(path, checkingUpTo: .max)
    }

    private static func folder(_ path: String, checkingUpTo bytes: Int) -> Catalog {
        do {
            switch try CatalogLoader.load(folder: path, checkingUpTo: bytes) {
            case let .success(catalog): return catalog
            case let .failure(problems): fatal("\(path): generated content does not load: \(problems.problems.prefix(5).map(\.description))")
            }
        } catch {
            fatal("\(error)")
        }
    }

    static func builtin() -> Catalog {
        guard case let .success(catalog) = CatalogLoader.open(BuiltinContent.files) else { fatal("built-in content does not load") }
        return catalog
    }

    /// Returns the 10,000-page catalog it opened, for the search measurement.
    @discardableResult
    static func loading(_ report: Report, data: BenchData, scale: Double) -> Catalog? {
        var large: Catalog?
        let group = "1. Loading (in process)"
        report.add(Row(group, "open built-in toolkit and show its menu (CatalogLoader.open + the root page)", .seconds,
                       measure(runs: runs(100, scale), warmup: 3) { blackHole(builtin().root.children) },
                       note: "\(BuiltinContent.files.count) files, as toolkit does"))
        report.add(Row(group, "load and check built-in toolkit whole (CatalogLoader.load)", .seconds,
                       measure(runs: runs(100, scale), warmup: 3) { blackHole(CatalogLoader.load(BuiltinContent.files)) },
                       note: "as toolkit check does"))
        report.add(Row(group, "open 1,000-page toolkit and show its menu", .seconds,
                       measure(runs: runs(10, scale)) { blackHole(openFolder(data.pages1k).root.children) }, note: "as toolkit --content DIR does"))
        report.add(Row(group, "read and check 1,000-page toolkit whole", .seconds,
                       measure(runs: runs(10, scale)) { blackHole(checkFolder(data.pages1k)) }, note: "as toolkit check does"))
        report.add(Row(group, "open 10,000-page toolkit and show its menu", .seconds,
                       measure(runs: runs(10, scale)) { large = nil; large = openFolder(data.pages10k); blackHole(large?.root.children) },
                       note: "as toolkit --content DIR does"))
        report.add(Row(group, "list only, 10,000 pages (ContentFolder.list)", .seconds,
                       measure(runs: runs(10, scale)) { blackHole(try? ContentFolder.list(data.pages10k)) }))
        report.add(Row(group, "read and check 10,000-page toolkit whole", .seconds,
                       measure(runs: runs(3, scale), warmup: 0, budget: 8 * scale) { blackHole(checkFolder(data.pages10k)) },
                       note: "as toolkit check does"))
        report.add(Row(group, "open the 1 MB-page toolkit and its 1 MB page", .seconds,
                       measure(runs: runs(10, scale)) { blackHole(openFolder(data.bigPage)[PageID("big/one-megabyte")].blocks.count) },
                       note: "4 files, one of 1 MB"))
        return large
    }

    static func rendering(_ report: Report, data: BenchData, scale: Double) {
        let group = "2. Layout, reduce and render at 80x24 (in process)"
        let builtin = builtin()
        let page = PageID("case-studies/plymouth-alliance")
        let menuState = State(catalog: builtin, size: size)
        let pageState = State(catalog: builtin, size: size, start: page)
        report.add(Row(group, "open the menu: State(catalog:size:) (lays it out)", .seconds,
                       measure(runs: runs(2000, scale), warmup: 20) { blackHole(State(catalog: builtin, size: size)) }))
        report.add(Row(group, "render(State) of the menu", .seconds,
                       measure(runs: runs(5000, scale), warmup: 50) { blackHole(render(menuState)) }))
        report.add(Row(group, "open a page: State(catalog:size:start: plymouth-alliance)", .seconds,
                       measure(runs: runs(2000, scale), warmup: 20) { blackHole(State(catalog: builtin, size: size, start: page)) }))
        report.add(Row(group, "render(State) of a page (plymouth-alliance)", .seconds,
                       measure(runs: runs(5000, scale), warmup: 50) { blackHole(render(pageState)) }))
        let menuDown = measure(runs: runs(5000, scale), warmup: 50) { blackHole(render(reduce(menuState, .key(.down)).state)) }
        report.add(Row(group, "reduce + render: ↓ in the menu", .seconds, menuDown))

        let big = openFolder(data.bigPage)
        let bigID = PageID(Generator.bigPageID)
        let smallID = PageID(Generator.smallPageID)
        // A long page opens with its first screens laid out; the event loop lays out the rest on
        // `.idle` between keys, which `laidOut` does here.
        func laidOut(_ state: State) -> State {
            var state = state
            while state.isLayingOut { state = reduce(state, .idle).state }
            return state
        }
        let open1MB = measure(runs: runs(200, scale), warmup: 5) { blackHole(State(catalog: big, size: size, start: bigID)) }
        report.add(Row(group, "open the 1 MB page: State(...start:) (its first screens)", .seconds, open1MB))
        report.add(Row(group, "lay out all of the 1 MB page: open, then .idle until done", .seconds,
                       measure(runs: runs(10, scale), warmup: 1) { blackHole(laidOut(State(catalog: big, size: size, start: bigID))) }))
        report.add(Row(group, "open the 2 KB page: State(...start:)", .seconds,
                       measure(runs: runs(2000, scale), warmup: 20) { blackHole(State(catalog: big, size: size, start: smallID)) }))
        let bigState = laidOut(State(catalog: big, size: size, start: bigID))
        let smallState = State(catalog: big, size: size, start: smallID)
        report.note("1 MB page: \(bigState.document.lines.count) lines at 80 columns; 2 KB page: \(smallState.document.lines.count) lines")
        var worst = 0.0
        for (key, name) in [(Key.down, "↓"), (.pageDown, "PgDn"), (.end, "End")] {
            var samples: [Samples] = []
            for (state, label) in [(bigState, "1 MB page"), (smallState, "2 KB page")] {
                let timed = measure(runs: runs(5000, scale), warmup: 50) { blackHole(render(reduce(state, .key(key)).state)) }
                report.add(Row(group, "reduce + render: \(name) on the \(label)", .seconds, timed))
                samples.append(timed)
            }
            // On a busy machine the times are bimodal (p10 and p90 differ by 2x for both pages
            // alike, and p10 can fall in either mode), so the verdict uses the ratio of the
            // fastest runs, the cost without interference.
            let minRatio = samples[0].min / samples[1].min
            report.add(Row(group, "ratio \(name), reduce + render: 1 MB page / 2 KB page", .ratio, value: samples[0].median / samples[1].median,
                           note: "median ratio; min ratio " + fixed(minRatio, 2) + "x (render cost depends on the text on screen, which differs at End)"))
            // reduce alone: the part that must not grow with the page.
            let reduceOnly = [bigState, smallState].map { state in
                measure(runs: runs(5000, scale), warmup: 50) { blackHole(reduce(state, .key(key))) }
            }
            report.add(Row(group, "reduce only: \(name) on the 1 MB page", .seconds, reduceOnly[0]))
            report.add(Row(group, "reduce only: \(name) on the 2 KB page", .seconds, reduceOnly[1]))
            let reduceRatio = reduceOnly[0].min / reduceOnly[1].min
            worst = max(worst, reduceRatio)
            report.add(Row(group, "ratio \(name), reduce only: 1 MB page / 2 KB page", .ratio, value: reduceOnly[0].median / reduceOnly[1].median,
                           note: "median ratio; min ratio " + fixed(reduceRatio, 2) + "x"))
        }
        report.budget("1 MB page: each key (↓, PgDn, End) costs the same as on a 2 KB page, once laid out (reduce, ratio of the fastest runs ≤ 1.25x; render cost depends only on the rows shown)",
                      measured: worst, limit: 1.25, unit: .ratio)
    }

    static func runs(_ base: Int, _ scale: Double) -> Int { max(3, Int(Double(base) * scale)) }
}

/// Where the generated content lives.
struct BenchData {
    var root: String
    var pages1k: String { root + "/pages-1000" }
    var pages10k: String { root + "/pages-10000" }
    var bigPage: String { root + "/big-page" }
}
