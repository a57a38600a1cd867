import Catalog

/// How a follower's slide show goes where the presenter says.
extension SlideShow {
    /// Whether this toolkit has what `position` names (a follower may have other content).
    func canShow(_ position: PresenterPosition) -> Bool {
        switch position {
        case let .slide(menu, index, _): return catalog.page(menu)?.children.indices.contains(index) ?? false
        case let .page(id, _): return catalog.contains(id)
        case .blank, .ended: return true
        }
    }

    /// Moves to where the presenter is; positions naming pages this toolkit lacks are ignored with
    /// a notice.
    mutating func follow(_ position: PresenterPosition) {
        switch position {
        case .blank:
            isBlank = true
        case .ended:
            isBlank = false
        case let .slide(menu, index, permille):
            isBlank = false
            guard let page = catalog.page(menu), page.children.indices.contains(index) else {
                notice = "The presenter is on an item this toolkit does not have (\(menu) item \(index + 1))."
                return
            }
            reader = nil
            if deck.menu != menu { deck = Deck(menu: menu, in: catalog) }
            item = index
            layOutSlide()
            slideScroll = SlideShow.scroll(forPermille: permille, of: maximumSlideScroll)
        case let .page(id, permille):
            isBlank = false
            guard catalog.contains(id) else {
                notice = "The presenter is on a page this toolkit does not have (\(id))."
                return
            }
            var page = reader?.place.id == id && reader?.place.results == nil ? reader! : State(catalog: catalog, size: readerSize, glyphs: glyphs, start: id, workbook: .notKept)
            page.overlay = nil
            page.prompt = nil
            if permille > 0 { page.layOutAll() }
            page.place.scroll = SlideShow.scroll(forPermille: permille, of: page.maximumScroll)
            reader = page
        }
    }
}
