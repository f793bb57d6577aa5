import ArgumentParser
import FactDiff
import Foundation

// Exit status is part of the interface CI relies on: 0 agree, 1 conflicts,
// 2 usage or input errors. ArgumentParser's own code for a usage error (64)
// is folded into 2 here.

/// Calls the async `run()` of a command; through the existential, the
/// synchronous one (which prints help) would be chosen.
func runAsync(_ command: some AsyncParsableCommand) async throws {
    var command = command
    try await command.run()
}

do {
    var command = try FactDiffCommand.parseAsRoot()
    if let asynchronous = command as? any AsyncParsableCommand {
        try await runAsync(asynchronous)
    } else {
        try command.run()
    }
    exit(0)
} catch let code as ExitCode {
    exit(code.rawValue)
} catch let failure as CommandFailure {
    // A file name or a setting can hold any character: one line, no escape codes.
    Output.standardError("factdiff: error: \(TextReport.printable(failure.description))")
    exit(2)
} catch {
    let code = FactDiffCommand.exitCode(for: error)
    if code == .success {
        try? Output.standardOutput(FactDiffCommand.fullMessage(for: error) + "\n")
        exit(0)
    }
    Output.standardError(FactDiffCommand.fullMessage(for: error))
    exit(2)
}
