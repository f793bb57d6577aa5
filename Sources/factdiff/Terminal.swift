import Foundation

enum Terminal {
    /// Colour only on a terminal; NO_COLOR turns it off and FORCE_COLOR on
    /// (https://no-color.org, https://force-color.org).
    static func wantsColour() -> Bool {
        let environment = ProcessInfo.processInfo.environment
        if let force = environment["FORCE_COLOR"], !force.isEmpty, force != "0" { return true }
        if let none = environment["NO_COLOR"], !none.isEmpty { return false }
        return isatty(STDOUT_FILENO) == 1 && environment["TERM"] != "dumb"
    }

    /// Progress goes to standard error on a terminal only, and never in CI.
    static func showsProgress() -> Bool {
        let environment = ProcessInfo.processInfo.environment
        let ci = environment["CI"].map { !$0.isEmpty && $0 != "0" && $0.lowercased() != "false" } ?? false
        return isatty(STDERR_FILENO) == 1 && !ci && environment["TERM"] != "dumb"
    }
}
