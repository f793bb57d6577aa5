import Foundation

/// The batch as SARIF 2.1.0, the format GitHub code scanning (and most
/// code-review tools) read: one run of the `factdiff` driver, one rule per
/// conflict kind, one result per new conflict (baselined ones are left out,
/// as from the gate), located at its first claim with every other claim as a
/// related location.
///
/// Locations are repository-relative URIs under `%SRCROOT%` (the working
/// directory), so code scanning can place them on the files of the
/// repository; columns count Unicode code points (`columnKind`), as the
/// pipeline's do. `partialFingerprints` carries the conflict's fingerprint,
/// which survives edits elsewhere in the articles, so code scanning tracks an
/// alert across runs instead of opening a new one. Keys are sorted and
/// nothing depends on the clock: the same batch gives the same bytes.
public enum SARIFReport {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    public static let fingerprintKey = "factdiffFingerprint/v1"

    public static func render(_ outcome: BatchOutcome, toolVersion: String) throws -> String {
        try render(outcome, toolVersion: toolVersion, workingDirectory: WorkingDirectory())
    }

    static func render(_ outcome: BatchOutcome, toolVersion: String, workingDirectory: WorkingDirectory) throws -> String {
        let kinds = ruleKinds(outcome)
        let ruleIndex = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, $0) })
        let results = outcome.newConflicts.map { story, conflict in
            Result(conflict, in: story, ruleIndex: ruleIndex[conflict.kind.rawValue] ?? 0, paths: workingDirectory)
        }
        var notifications = outcome.problems.map { problem in
            Notification(
                level: "error", message: Message(text: problem.description),
                locations: [Location(physicalLocation: PhysicalLocation(problem.path, line: problem.reportedLine, paths: workingDirectory))])
        }
        notifications += outcome.limitNotes.map { note in
            Notification(
                level: "warning", message: Message(text: note.description),
                locations: [Location(physicalLocation: PhysicalLocation(note.path, line: note.line, paths: workingDirectory))])
        }
        let run = Run(
            tool: Tool(driver: Driver(name: "factdiff", version: toolVersion, rules: kinds.map(Rule.init))),
            columnKind: "unicodeCodePoints",
            invocations: [Invocation(executionSuccessful: true, toolExecutionNotifications: notifications.isEmpty ? nil : notifications)],
            results: results)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Log(schema: schema, version: "2.1.0", runs: [run])), as: UTF8.self) + "\n"
    }

    /// Every kind FactDiff knows, so a rule's index does not change when a
    /// batch happens to have no conflict of an earlier kind, then any other
    /// kind the batch holds.
    static func ruleKinds(_ outcome: BatchOutcome) -> [String] {
        let present = Set(outcome.stories.flatMap { $0.conflicts.map(\.kind.rawValue) })
        return KnownKinds.all + present.subtracting(KnownKinds.all).sorted()
    }

    /// What each kind of conflict means, for the rule's descriptions.
    static let descriptions: [String: (short: String, full: String)] = [
        "date": ("Sources give different dates for one event",
                 "Two sources date the same event differently: a weekday, a relative day or a calendar date that cannot be the same day. A weekday or relative day one day off a date is a warning (the publication date may be a day off); a plain contradiction is an error."),
        "time": ("Sources give different times of day for one event",
                 "Two sources report the same event at different clock times or parts of the day."),
        "number": ("Sources give different numbers for one fact",
                   "Two sources report different counts, amounts or measurements for the same fact (casualties, votes, sums of money)."),
        "person": ("Sources name different people for one role in an event",
                   "Two sources attribute the same action or role in an event to different people."),
        "role": ("Sources give one person different titles or roles",
                 "Two sources describe the same person with different titles, offices or roles."),
        "place": ("Sources give different places for one event",
                  "Two sources locate the same event in different places."),
        "polarity": ("One source affirms what another denies",
                     "One source reports that something happened, was approved or is true, while another reports that it did not, was rejected or is false."),
        "quote": ("Sources quote one statement in different words",
                  "Two sources quote the same statement by the same speaker with wording that differs in substance."),
        "attribution": ("Sources attribute one statement to different speakers",
                        "Two sources attribute the same quotation or claim to different people or organisations."),
        "ordinal": ("Sources give different ranks or orders for one fact",
                    "Two sources give a different first, second, third... for the same fact (a place in a race, the number of a term in office)."),
    ]

    struct Log: Encodable {
        var schema: String
        var version: String
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var columnKind: String
        var invocations: [Invocation]
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Message
        var defaultConfiguration: Configuration
        var properties: RuleProperties

        init(kind: String) {
            let description = SARIFReport.descriptions[kind]
                ?? ("Sources disagree on a \(kind)", "Two sources report the same fact with a different \(kind).")
            id = kind
            name = kind.prefix(1).uppercased() + kind.dropFirst() + "Conflict"
            shortDescription = Message(text: description.short)
            fullDescription = Message(text: description.full)
            help = Message(
                text: "\(description.full) Check the sources the result names and correct the one in error; if both are right (two different events), accept the conflict in the baseline (factdiff check --write-baseline) or add an ignore rule with a reason to .factdiff.yml.")
            defaultConfiguration = Configuration(level: "error")
            properties = RuleProperties(tags: ["factdiff", kind])
        }
    }

    struct RuleProperties: Encodable {
        var tags: [String]
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Message: Encodable {
        var text: String
    }

    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [Notification]?
    }

    struct Notification: Encodable {
        var level: String
        var message: Message
        var locations: [Location]
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        var relatedLocations: [RelatedLocation]?
        var partialFingerprints: [String: String]
        var properties: ResultProperties

        init(_ conflict: Conflict, in analysis: StoryAnalysis, ruleIndex: Int, paths: WorkingDirectory) {
            func physical(_ claim: Claim) -> PhysicalLocation {
                PhysicalLocation(
                    analysis.articles[claim.sentence.article].path, region: analysis.region(of: claim), paths: paths)
            }
            ruleId = conflict.kind.rawValue
            self.ruleIndex = ruleIndex
            level = conflict.severity == .error ? "error" : "warning"
            message = Message(text: conflict.message)
            locations = conflict.claims.first.map { [Location(physicalLocation: physical($0))] } ?? []
            let others = conflict.claims.dropFirst().enumerated().map { index, claim in
                RelatedLocation(
                    id: index + 1, physicalLocation: physical(claim),
                    message: Message(text: "\(analysis.articles[claim.sentence.article].id) says \(claim.evidenceText)"))
            }
            relatedLocations = others.isEmpty ? nil : others
            partialFingerprints = [SARIFReport.fingerprintKey: conflict.fingerprint]
            properties = ResultProperties(
                story: analysis.story.id, fingerprint: conflict.fingerprint,
                articles: conflict.claims.map { analysis.articles[$0.sentence.article].id },
                values: conflict.claims.map(\.value),
                outlier: conflict.outlier.map { analysis.articles[$0].id })
        }
    }

    struct ResultProperties: Encodable {
        var story: String
        var fingerprint: String
        /// The article ids of the claims, in the order of the locations.
        var articles: [String]
        /// The normalised values, e.g. `weekday:5`, in the same order.
        var values: [String]
        var outlier: String?
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
    }

    struct RelatedLocation: Encodable {
        var id: Int
        var physicalLocation: PhysicalLocation
        var message: Message
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?

        init(_ path: String, region: ClaimRegion, paths: WorkingDirectory) {
            artifactLocation = ArtifactLocation(path, paths: paths)
            self.region = Region(startLine: region.line, startColumn: region.column, endColumn: region.endColumn)
        }

        init(_ path: String, line: Int?, paths: WorkingDirectory) {
            artifactLocation = ArtifactLocation(path, paths: paths)
            region = line.map { Region(startLine: $0, startColumn: nil, endColumn: nil) }
        }
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        /// `%SRCROOT%` for a path inside the working directory; none for an
        /// absolute `file://` URI.
        var uriBaseId: String?

        init(_ path: String, paths: WorkingDirectory) {
            let (uri, relative) = paths.uri(path)
            self.uri = uri
            uriBaseId = relative ? "%SRCROOT%" : nil
        }
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
        var endColumn: Int?
    }
}
