/// Where the workbooks are kept: `$XDG_DATA_HOME/toolkit/workbooks.sqlite3`, else
/// `~/.local/share/toolkit/workbooks.sqlite3`, as the XDG base directory rules say.
public enum WorkbookLocation {
    /// The file's name in its folder.
    public static let fileName = "workbooks.sqlite3"

    /// The folder for `environment`, or nil when neither XDG_DATA_HOME (absolute) nor HOME is set.
    public static func folder(environment: [String: String]) -> String? {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return data + "/toolkit"
        }
        if let home = environment["HOME"], !home.isEmpty {
            return home + "/.local/share/toolkit"
        }
        return nil
    }

    /// The database file for `environment`.
    public static func file(environment: [String: String]) -> String? {
        folder(environment: environment).map { $0 + "/" + fileName }
    }
}
