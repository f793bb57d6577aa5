import Foundation

/// The conflicts a team has looked at and accepted, so that CI fails only on
/// new ones. Matched by fingerprint, which survives reformatting and edits
/// elsewhere in the articles. The file is sorted, pretty-printed JSON, so a
/// change to it reads well in review.
public enum Baseline {
    public static let version = 1

    struct File: Codable {
        var version: Int
        var conflicts: [BaselineEntry]
    }

    public static func read(path: String) throws(InputError) -> [BaselineEntry] {
        let data = try ArticleReader.readData(path: path)
        do {
            let file = try JSONDecoder().decode(File.self, from: data)
            guard file.version == version else {
                throw InputError(path: path, reason: .badBaseline("version \(file.version), expected \(version)"))
            }
            return file.conflicts
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(path: path, reason: .badBaseline("expected {\"version\": 1, \"conflicts\": [...]}"))
        }
    }

    /// The entries for every conflict of the outcome, ignored ones excluded.
    public static func entries(of outcome: BatchOutcome) -> [BaselineEntry] {
        outcome.stories.flatMap { story in
            story.conflicts.map {
                BaselineEntry(fingerprint: $0.fingerprint, story: story.story.id, kind: $0.kind.rawValue, message: $0.message)
            }
        }.sorted()
    }

    public static func render(_ entries: [BaselineEntry]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(File(version: version, conflicts: entries.sorted())), as: UTF8.self) + "\n"
    }
}
