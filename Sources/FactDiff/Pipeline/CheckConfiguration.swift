import Foundation
import Yams

/// The settings of `factdiff check`, from `.factdiff.yml` (found upward from
/// the working directory, or given with --config) over the defaults.
///
/// ```yaml
/// kinds: [date]                 # the conflict kinds to report (default: all)
/// severity: {date: warning}     # a kind's severity, overriding the rule's
/// fail-on: error                # error | warning | never
/// alignment-threshold: 0.065
/// grouping-threshold: 0.2
/// ignore:                       # each rule needs a reason
///   - {kind: date, story: brexit-vote, reason: "the dates are of two votes"}
///   - {fingerprint: c6024d67dfc61067, reason: "checked by the desk"}
/// ```
public struct CheckConfiguration: Hashable, Sendable {
    public enum FailOn: String, Hashable, Sendable, CaseIterable {
        case error, warning, never
    }

    /// An ignore rule: every field given must match; `source` matches an
    /// article id or an outlet name of one of the conflict's claims.
    public struct IgnoreRule: Hashable, Sendable {
        public var kind: String?
        public var story: String?
        public var source: String?
        public var fingerprint: String?
        public var reason: String

        public init(kind: String? = nil, story: String? = nil, source: String? = nil, fingerprint: String? = nil, reason: String) {
            self.kind = kind
            self.story = story
            self.source = source
            self.fingerprint = fingerprint
            self.reason = reason
        }

        public func matches(_ conflict: Conflict, in story: StoryAnalysis) -> Bool {
            if let kind, kind != conflict.kind.rawValue { return false }
            if let wanted = self.story, wanted != story.story.id { return false }
            if let fingerprint, fingerprint != conflict.fingerprint { return false }
            if let source {
                let articles = conflict.claims.map { story.articles[$0.sentence.article] }
                if !articles.contains(where: { $0.id == source || $0.source == source }) { return false }
            }
            return true
        }
    }

    /// nil: every kind.
    public var kinds: Set<String>?
    public var severity: [String: Severity] = [:]
    public var failOn: FailOn = .error
    public var alignmentThreshold: Double = SentenceAligner().threshold
    public var groupingThreshold: Double = StoryGrouper().threshold
    public var ignore: [IgnoreRule] = []
    /// `max-file-size`, `max-sentences`, `max-articles`, `max-sentence-length`.
    public var limits = Limits()
    /// Where the settings came from; nil for the defaults alone.
    public var path: String?

    public init() {}

    public static let fileName = ".factdiff.yml"

    /// The nearest `.factdiff.yml` in `directory` or a folder above it.
    public static func find(from directory: URL, fileManager: FileManager = .default) -> String? {
        var folder = directory.standardizedFileURL
        while true {
            let candidate = folder.appendingPathComponent(fileName).path
            if fileManager.fileExists(atPath: candidate) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// The settings a command runs with: the file given with --config, else
    /// the nearest `.factdiff.yml` above the working directory, else the
    /// defaults.
    public static func resolve(explicit: String?, fileManager: FileManager = .default) throws(InputError) -> CheckConfiguration {
        let working = URL(fileURLWithPath: fileManager.currentDirectoryPath)
        guard let path = explicit ?? find(from: working, fileManager: fileManager) else { return CheckConfiguration() }
        return try load(path: path)
    }

    public static func load(path: String) throws(InputError) -> CheckConfiguration {
        let data = try ArticleReader.readData(path: path)
        // An empty settings file, like one of comments only, means the defaults.
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            var configuration = CheckConfiguration()
            configuration.path = path
            return configuration
        }
        return try parse(ArticleReader.decode(data, path: path), path: path)
    }

    static let keys: WordSet = [
        "kinds", "severity", "fail-on", "alignment-threshold", "grouping-threshold", "ignore",
        "max-file-size", "max-sentences", "max-articles", "max-sentence-length",
    ]
    static let ruleKeys: WordSet = ["kind", "story", "source", "fingerprint", "reason"]

    public static func parse(_ text: String, path: String) throws(InputError) -> CheckConfiguration {
        func fail(_ why: String) -> InputError { InputError(path: path, reason: .badConfiguration(why)) }
        let root: Any?
        do {
            root = try Yams.load(yaml: text)
        } catch let error as YamlError {
            throw fail("not valid YAML: \(Self.describe(error))")
        } catch {
            throw fail("not valid YAML")
        }
        var configuration = CheckConfiguration()
        configuration.path = path
        guard let root else { return configuration }
        guard let map = root as? [String: Any] else { throw fail("expected a mapping of settings") }
        if let unknown = map.keys.filter({ !keys.contains($0) }).sorted().first {
            throw fail("unknown setting '\(unknown)' (known: \(keys.sorted().joined(separator: ", ")))")
        }
        let known = Set(KnownKinds.all)
        if let kinds = map["kinds"] {
            guard let list = kinds as? [String] else { throw fail("'kinds' must be a list of conflict kinds") }
            if let bad = list.first(where: { !known.contains($0) }) {
                throw fail("unknown conflict kind '\(bad)' in 'kinds' (known: \(KnownKinds.all.joined(separator: ", ")))")
            }
            configuration.kinds = Set(list)
        }
        if let severity = map["severity"] {
            guard let table = severity as? [String: String] else { throw fail("'severity' must map kinds to error or warning") }
            for (kind, value) in table {
                guard known.contains(kind) else { throw fail("unknown conflict kind '\(kind)' in 'severity'") }
                guard let level = Severity(rawValue: value) else { throw fail("severity of '\(kind)' must be error or warning, not '\(value)'") }
                configuration.severity[kind] = level
            }
        }
        if let failOn = map["fail-on"] {
            guard let text = failOn as? String, let value = FailOn(rawValue: text) else {
                throw fail("'fail-on' must be error, warning or never")
            }
            configuration.failOn = value
        }
        for (key, keyPath) in [("alignment-threshold", \CheckConfiguration.alignmentThreshold), ("grouping-threshold", \.groupingThreshold)] {
            guard let value = map[key] else { continue }
            let number = (value as? Double) ?? (value as? Int).map(Double.init)
            guard let number, (0...1).contains(number) else { throw fail("'\(key)' must be a number from 0 to 1") }
            configuration[keyPath: keyPath] = number
        }
        if let size = map["max-file-size"] {
            let bytes = (size as? Int).flatMap { $0 > 0 ? $0 : nil } ?? (size as? String).flatMap(Limits.byteCount)
            guard let bytes else { throw fail("'max-file-size' must be a size in bytes, or with K, M or G (16MiB)") }
            configuration.limits.maxFileSize = bytes
        }
        for (key, keyPath) in [
            ("max-sentences", \Limits.maxSentences), ("max-articles", \.maxArticles), ("max-sentence-length", \.maxSentenceLength),
        ] {
            guard let value = map[key] else { continue }
            guard let number = value as? Int, number >= (key == "max-articles" ? 2 : 1) else {
                throw fail("'\(key)' must be a whole number of at least \(key == "max-articles" ? 2 : 1)")
            }
            configuration.limits[keyPath: keyPath] = number
        }
        if let ignore = map["ignore"] {
            guard let rules = ignore as? [[String: Any]] else { throw fail("'ignore' must be a list of rules") }
            for (index, rule) in rules.enumerated() {
                if let unknown = rule.keys.filter({ !ruleKeys.contains($0) }).sorted().first {
                    throw fail("ignore rule \(index + 1): unknown field '\(unknown)'")
                }
                func field(_ key: String) throws(InputError) -> String? {
                    guard let value = rule[key] else { return nil }
                    if let text = value as? String { return text }
                    if let number = value as? Int { return String(number) }
                    throw fail("ignore rule \(index + 1): '\(key)' must be text (put it in quotes)")
                }
                guard let reason = try field("reason"), !reason.isEmpty else {
                    throw fail("ignore rule \(index + 1) has no 'reason'; say why it is ignored")
                }
                let parsed = IgnoreRule(
                    kind: try field("kind"), story: try field("story"), source: try field("source"),
                    fingerprint: try field("fingerprint"), reason: reason)
                if let kind = parsed.kind, !known.contains(kind) { throw fail("ignore rule \(index + 1): unknown conflict kind '\(kind)'") }
                guard parsed.kind != nil || parsed.story != nil || parsed.source != nil || parsed.fingerprint != nil else {
                    throw fail("ignore rule \(index + 1) matches everything; give a kind, story, source or fingerprint")
                }
                configuration.ignore.append(parsed)
            }
        }
        return configuration
    }

    /// The effective settings as YAML, keys sorted: what `factdiff config
    /// --print` shows.
    public func printed() -> String {
        var out = "# effective settings (\(path.map { "from \(Self.quoted($0))" } ?? "defaults; no \(Self.fileName) found"))\n"
        out += "alignment-threshold: \(alignmentThreshold)\n"
        out += "fail-on: \(failOn.rawValue)\n"
        out += "grouping-threshold: \(groupingThreshold)\n"
        if ignore.isEmpty {
            out += "ignore: []\n"
        } else {
            out += "ignore:\n"
            for rule in ignore {
                let fields = [("fingerprint", rule.fingerprint), ("kind", rule.kind), ("reason", rule.reason), ("source", rule.source), ("story", rule.story)]
                    .compactMap { key, value in value.map { "\(key): \(Self.quoted($0))" } }
                out += "  - {\(fields.joined(separator: ", "))}\n"
            }
        }
        out += "kinds: [\((kinds.map { $0.sorted() } ?? KnownKinds.all).joined(separator: ", "))]\n"
        out += "max-articles: \(limits.maxArticles)\n"
        out += "max-file-size: \(limits.maxFileSize)\n"
        out += "max-sentence-length: \(limits.maxSentenceLength)\n"
        out += "max-sentences: \(limits.maxSentences)\n"
        if severity.isEmpty {
            out += "severity: {}\n"
        } else {
            out += "severity:\n" + severity.keys.sorted().map { "  \($0): \(severity[$0]!.rawValue)\n" }.joined()
        }
        return out
    }

    /// A YAML double-quoted scalar, control characters escaped, so the
    /// printed settings load again.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                // Control characters, and format characters and separators
                // (bidirectional overrides that reorder what a terminal
                // shows, U+2028), are escaped: the printed settings show
                // what the file holds and load again.
                switch scalar.properties.generalCategory {
                case .control, .format, .lineSeparator, .paragraphSeparator:
                    out += scalar.value > 0xFFFF ? String(format: "\\U%08X", scalar.value) : String(format: "\\u%04X", scalar.value)
                default:
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func describe(_ error: YamlError) -> String {
        String(describing: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? "syntax error"
    }
}

/// The ten kinds of the evaluation format, whether or not a rule for each
/// exists yet: configuration may name any of them.
public enum KnownKinds {
    public static let all = ["attribution", "date", "number", "ordinal", "person", "place", "polarity", "quote", "role", "time"]
}
