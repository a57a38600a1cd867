/// A failure already explained on standard error: the program ends with this status.
struct Exit: Error, Equatable {
    /// The exit status (sysexits).
    let status: Int32

    init(_ status: Int32) {
        self.status = status
    }
}
