import ArgumentParser
import FactDiff
import Foundation

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the settings `factdiff check` would use here."
    )

    @Flag(name: .customLong("print"), help: "Print the effective settings as YAML.")
    var printSettings = false

    @Option(help: "The settings file (default: .factdiff.yml here or in a folder above).")
    var config: String?

    func validate() throws {
        guard printSettings else { throw ValidationError("say what to do: --print") }
    }

    func run() throws {
        let settings: CheckConfiguration
        do {
            settings = try CheckConfiguration.resolve(explicit: config)
        } catch {
            throw CommandFailure.input(error)
        }
        try Output.standardOutput(settings.printed())
    }
}
