import Catalog

extension Catalog {
    /// The checklist items of page `id` and of every page below it, in menu order.
    func taskItems(under id: PageID) -> [TaskItem] {
        let page = self[id]
        return page.taskItems + page.children.flatMap { taskItems(under: $0) }
    }
}
