import ArgumentParser

struct FactDiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factdiff",
        abstract: "Find the facts on which news articles about one story disagree.",
        discussion: """
            Exit status: 0 when the sources agree, 1 when conflicts were found, \
            2 for a usage error or unusable input.
            """,
        version: "0.1.0",
        subcommands: [CompareCommand.self, CheckCommand.self, SimilarityCommand.self, ConfigCommand.self]
    )
}
