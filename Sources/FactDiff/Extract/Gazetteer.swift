import Foundation
import Synchronization

/// Countries, first-level regions and cities of 15,000 people or more, with
/// what contains what, so the place rule can tell that Hamburg is in Germany
/// and that Bengaluru and Johannesburg are two cities.
///
/// The data is GeoNames' (CC BY 4.0), converted by `scripts/build-gazetteer`
/// into `Resources/gazetteer.txt` and bundled, so nothing is downloaded at
/// build or run time.
public struct Gazetteer: Sendable {
    /// One place of the gazetteer.
    public struct Place: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable {
            /// A second-level region (Essex, Hennepin County), whose cities
            /// the gazetteer does not record.
            case country, region, area, city
        }

        /// ISO country code, `country.admin1` for a region, GeoNames id for a city.
        public var id: String
        public var kind: Kind
        /// ISO country code (its own for a country).
        public var country: String
        /// A city's region id, when known.
        public var region: String?
        /// For a district of a much bigger city (Blackheath in London): that
        /// city's id.
        public var within: String?
        public var population: Int
        public var name: String

        /// Whether the two can name the same place or one lies in the
        /// other: a city, its region and its country agree, and so do a city
        /// and its districts or two districts of one city.
        public func isCompatible(with other: Place) -> Bool {
            if id == other.id { return true }
            if country != other.country { return false }
            switch (kind, other.kind) {
            case (.country, _), (_, .country), (.area, _), (_, .area): return true
            case (.region, .region): return false
            case (.region, .city): return other.region == nil || other.region == id
            case (.city, .region): return region == nil || region == other.id
            case (.city, .city):
                return within == other.id || other.within == id || (within != nil && within == other.within)
            }
        }
    }

    /// The resource's bytes; places are parsed from their line when looked
    /// up, so loading builds no string for most of the 40,000 lines.
    private let text: [UInt8]
    /// Per place: the UTF-8 range of its line in ``text``.
    private let lines: [Range<Int32>]
    /// Each place by the hashes of its names lowercased (``HashIndex``).
    private let index: HashIndex
    private let countryNames: [String: String]
    /// What ``resolve(_:)`` gave each name asked, for the whole run: news
    /// names the same places again and again, and a lookup parses the lines
    /// of every place its hash finds.
    private let resolved = ResolvedNames()

    private final class ResolvedNames: Sendable {
        let table = Mutex<[String: [Place]]>([:])
    }

    /// Built from the text of the resource (see `scripts/build-gazetteer`):
    /// `#` lines are comments, every other line is one tab-separated place.
    /// Read as bytes, one pass, since every run that meets a capitalised
    /// word loads it: a dictionary of every name, built at load, took more
    /// time than most stories.
    public init(text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// ``init(text:)`` from the resource's bytes as read, without a String
    /// in between.
    init(bytes: [UInt8]) {
        var lines: [Range<Int32>] = []
        var entries: [(hash: UInt32, number: Int)] = []
        var countryNames: [String: String] = [:]
        // About one place per 45 bytes, and a name or two each.
        lines.reserveCapacity(bytes.count / 45)
        entries.reserveCapacity(bytes.count / 30)
        bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            var lineStart = 0
            var keys: [UInt32] = []
            // Where each of the seven fields starts: field k runs to the
            // tab before bounds[k + 1], the last to the line's end.
            var bounds = InlineArray<8, Int>(repeating: 0)
            // One pass per line, tabs and newlines found by `memchr`: the
            // load runs at every start, and a byte-at-a-time split into
            // fields, then into names, then hashing, was most of start-up.
            while lineStart < bytes.count {
                let lineEnd = memchr(base + lineStart, 0x0A, bytes.count - lineStart)
                    .map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? bytes.count
                defer { lineStart = lineEnd + 1 }
                guard lineEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#") else { continue }
                var count = 1
                bounds[0] = lineStart
                var k = lineStart
                while count < 8, let tab = memchr(base + k, 0x09, lineEnd - k) {
                    k = UnsafePointer(tab.assumingMemoryBound(to: UInt8.self)) - base + 1
                    bounds[count] = k
                    count += 1
                }
                guard count == 7 else { continue }
                guard let kind = Self.kind(bytes, bounds[1]..<(bounds[2] - 1)) else { continue }
                keys.removeAll(keepingCapacity: true)
                var first: Range<Int>?
                Self.forEachNameHash(bytes, bounds[6]..<lineEnd) { name, key in
                    if first == nil { first = name }
                    if !keys.contains(key) { keys.append(key) }
                }
                // A line without a name is of another shape.
                guard let first else { continue }
                if kind == .country { countryNames[Self.string(bytes, bounds[2]..<(bounds[3] - 1))] = Self.string(bytes, first) }
                let number = Int(lines.count)
                lines.append(Int32(lineStart)..<Int32(lineEnd))
                for key in keys { entries.append((key, number)) }
            }
        }
        self.text = bytes
        self.lines = lines
        self.index = HashIndex(entries)
        self.countryNames = countryNames
    }

    /// The seven tab-separated fields of a line, or nil for a line of
    /// another shape or without a name.
    private static func fields(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> [Range<Int>]? {
        var fields: [Range<Int>] = []
        return Self.fields(bytes, line, into: &fields) ? fields : nil
    }

    private static func fields(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, into fields: inout [Range<Int>]) -> Bool {
        fields.removeAll(keepingCapacity: true)
        var fieldStart = line.lowerBound
        for k in line.lowerBound...line.upperBound where k == line.upperBound || bytes[k] == 0x09 {
            fields.append(fieldStart..<k)
            fieldStart = k + 1
        }
        guard fields.count == 7 else { return false }
        var hasName = false
        forEachName(bytes, fields[6]) { _ in hasName = true }
        return hasName
    }

    private static func kind(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> Place.Kind? {
        let kind: Place.Kind
        let spelling: StaticString
        switch (field.count, field.isEmpty ? 0 : bytes[field.lowerBound]) {
        case (7, UInt8(ascii: "c")): (kind, spelling) = (.country, "country")
        case (6, UInt8(ascii: "r")): (kind, spelling) = (.region, "region")
        case (4, UInt8(ascii: "a")): (kind, spelling) = (.area, "area")
        case (4, UInt8(ascii: "c")): (kind, spelling) = (.city, "city")
        default: return nil
        }
        // Against the spelling's bytes: `kind.rawValue` would build a
        // String for each of the 40,000 lines.
        let expected = spelling.utf8Start
        for k in 0..<field.count where bytes[field.lowerBound + k] != expected[k] { return nil }
        return kind
    }

    /// Names separated by "|", empty ones skipped.
    private static func forEachName(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Range<Int>, _ body: (Range<Int>) -> Void) {
        var nameStart = field.lowerBound
        for k in field.lowerBound...field.upperBound where k == field.upperBound || bytes[k] == UInt8(ascii: "|") {
            if k > nameStart { body(nameStart..<k) }
            nameStart = k + 1
        }
    }

    /// ``forEachName(_:_:_:)`` with the hash of each name lowercased as
    /// ``places(named:)`` lowercases what it is asked (``lowercasedBytes(_:_:)``),
    /// in one pass over the field: an ASCII name is lowercased and hashed as
    /// it is read, without a copy.
    private static func forEachNameHash(
        _ bytes: UnsafeBufferPointer<UInt8>, _ field: Range<Int>, _ body: (Range<Int>, UInt32) -> Void
    ) {
        var nameStart = field.lowerBound
        var h = HashIndex.hashSeed
        var isASCII = true
        var k = field.lowerBound
        while k <= field.upperBound {
            let byte = k < field.upperBound ? bytes[k] : UInt8(ascii: "|")
            if byte == UInt8(ascii: "|") {
                if k > nameStart { body(nameStart..<k, isASCII ? h : HashIndex.hash(lowercasedBytes(bytes, nameStart..<k))) }
                nameStart = k + 1
                h = HashIndex.hashSeed
                isASCII = true
            } else if byte >= 0x80 {
                isASCII = false
            } else {
                h = HashIndex.hash(h, byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
            k += 1
        }
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// ASCII and the Latin-1 letters ("À" to "ÿ", two bytes from 0xC3)
    /// lowercased byte by byte, as String's `lowercased()` maps them; nil
    /// for a name with any other non-ASCII character. Half of the
    /// gazetteer's non-ASCII names are of this kind, and the standard
    /// library's lowercasing was a tenth of the start-up time.
    private static func latinLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8]? {
        var lower: [UInt8] = []
        lower.reserveCapacity(range.count)
        var k = range.lowerBound
        while k < range.upperBound {
            let byte = bytes[k]
            if byte < 0x80 {
                lower.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                k += 1
            } else if byte == 0xC3, k + 1 < range.upperBound, bytes[k + 1] >= 0x80, bytes[k + 1] <= 0xBF {
                let second = bytes[k + 1]
                lower.append(0xC3)
                lower.append(second <= 0x9E && second != 0x97 ? second + 0x20 : second)
                k += 2
            } else {
                return nil
            }
        }
        return lower
    }

    /// A name lowercased as ``places(named:)`` lowercases what it is asked:
    /// byte by byte where that gives the same bytes, other text through the
    /// standard library.
    private static func lowercasedBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8] {
        if let lower = latinLowercased(bytes, range) { return lower }
        // Scalar by scalar, as `String.lowercased()` maps text outside
        // ASCII, without building the String: the gazetteer's 3,900 other
        // names (Lavāsān, Ṣāleḥīeh) spent a tenth of start-up there.
        var lower: [UInt8] = []
        lower.reserveCapacity(range.count + 4)
        var iterator = UnsafeBufferPointer(rebasing: bytes[range]).makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.isASCII {
                    let byte = UInt8(scalar.value)
                    lower.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                } else {
                    lower.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                }
            case .error: lower.append(contentsOf: [0xEF, 0xBF, 0xBD])  // U+FFFD, as String(decoding:) repairs
            case .emptyInput: return lower
            }
        }
    }

    /// The place of one line, with the ranges of its names.
    private func place(_ number: Int32) -> (place: Place, names: [Range<Int>])? {
        text.withUnsafeBufferPointer { bytes in
            let line = lines[Int(number)]
            guard let fields = Self.fields(bytes, Int(line.lowerBound)..<Int(line.upperBound)),
                let kind = Self.kind(bytes, fields[1])
            else { return nil }
            var names: [Range<Int>] = []
            Self.forEachName(bytes, fields[6]) { names.append($0) }
            var population = 0
            for k in fields[5] where bytes[k] >= 0x30 && bytes[k] <= 0x39 { population = population * 10 + Int(bytes[k] - 0x30) }
            func optional(_ range: Range<Int>) -> String? { range.isEmpty ? nil : Self.string(bytes, range) }
            let place = Place(
                id: Self.string(bytes, fields[0]), kind: kind, country: Self.string(bytes, fields[2]),
                region: optional(fields[3]), within: optional(fields[4]), population: population,
                name: Self.string(bytes, names[0]))
            return (place, names)
        }
    }

    public var isEmpty: Bool { lines.isEmpty }

    /// Every place with this name (any case), countries first, then regions
    /// and areas, then cities by population.
    public func places(named name: String) -> [Place] {
        let key = Array(name.lowercased().utf8)
        var found: [Place] = []
        for number in index.numbers(withHash: HashIndex.hash(key)) {
            guard let (place, names) = place(Int32(number)) else { continue }
            let named = text.withUnsafeBufferPointer { bytes in
                names.contains { Self.lowercasedBytes(bytes, $0) == key }
            }
            if named { found.append(place) }
        }
        return found.sorted { a, b in
            let rank: (Place.Kind) -> Int = { $0 == .country ? 0 : $0 == .region ? 1 : $0 == .area ? 2 : 3 }
            return (rank(a.kind), -a.population, a.id) < (rank(b.kind), -b.population, b.id)
        }
    }

    /// What a name most likely stands for in news copy: every country and
    /// region of that name, and the cities among which none is ten times
    /// bigger than the others ("Paris" is the French capital, not the town in
    /// Texas; "Lalitpur" stays two cities). Beside a country of that name
    /// only cities of a million people stay ("Lebanon" the country, not the
    /// town in Ohio).
    public func resolve(_ name: String) -> [Place] {
        if let known = resolved.table.withLock({ $0[name] }) { return known }
        let made = resolveAnew(name)
        resolved.table.withLock { $0[name] = made }
        return made
    }

    private func resolveAnew(_ name: String) -> [Place] {
        let all = places(named: name)
        let hasCountry = all.contains { $0.kind == .country }
        let biggest = all.filter { $0.kind == .city }.map(\.population).max() ?? 0
        return all.filter { place in
            guard place.kind == .city else { return true }
            if place.population * 10 < biggest { return false }
            return !hasCountry || place.population >= 1_000_000
        }
    }

    public func countryName(_ code: String) -> String { countryNames[code] ?? code }

    /// The bundled gazetteer, read once. Looked up by hand rather than
    /// through `Bundle.module`, which stops the process when the bundle is
    /// missing (see ``Lexicon/english``): without it no place is known, and
    /// so no place conflict is reported.
    public static let bundled: Gazetteer = {
        let name = "FactDiff_FactDiff.resources/gazetteer.txt"
        var locations = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        if let executable = Bundle.main.executableURL { locations.insert(executable.deletingLastPathComponent(), at: 0) }
        for location in locations {
            if let data = try? Data(contentsOf: location.appendingPathComponent(name)) {
                return Gazetteer(bytes: [UInt8](data))
            }
        }
        return Gazetteer(text: "")
    }()
}
