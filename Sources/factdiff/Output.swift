import FactDiff
import Foundation

/// Standard output and error for the commands. A closed pipe or a full disk
/// is an error to report (exit 2), never a crash.
enum Output {
    static func standardOutput(_ text: String) throws {
        do {
            try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
        } catch {
            throw CommandFailure.output("cannot write to standard output: \((error as NSError).localizedFailureReason ?? "\(error)")")
        }
    }

    /// Best effort: when standard error itself cannot be written there is
    /// nowhere left to say so.
    static func standardError(_ line: String) {
        try? FileHandle.standardError.write(contentsOf: Data((line + "\n").utf8))
    }
}
