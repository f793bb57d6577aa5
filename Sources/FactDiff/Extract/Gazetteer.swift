import Foundation

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

    private let places: [Place]
    /// Lowercased name → indices into `places`.
    private let index: [String: [Int32]]
    private let countryNames: [String: String]

    /// Built from the text of the resource (see `scripts/build-gazetteer`):
    /// `#` lines are comments, every other line is one tab-separated place.
    /// Read as bytes, one pass, since every run that meets a capitalised
    /// word loads it: splitting 40,000 lines into substrings took a quarter
    /// of a second.
    public init(text: String) {
        var places: [Place] = []
        var index: [String: [Int32]] = [:]
        var countryNames: [String: String] = [:]
        var text = text
        text.withUTF8 { bytes in
            // About one place per 45 bytes, and a name or two each.
            places.reserveCapacity(bytes.count / 45)
            index.reserveCapacity(bytes.count / 30)
            var fields: [Range<Int>] = []
            fields.reserveCapacity(7)
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                guard lineEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#") else { continue }
                fields.removeAll(keepingCapacity: true)
                var fieldStart = lineStart
                for k in lineStart...lineEnd where k == lineEnd || bytes[k] == 0x09 {
                    fields.append(fieldStart..<k)
                    fieldStart = k + 1
                }
                guard fields.count == 7 else { continue }
                func string(_ range: Range<Int>) -> String {
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                }
                func optional(_ range: Range<Int>) -> String? { range.isEmpty ? nil : string(range) }
                guard let kind = Place.Kind(rawValue: string(fields[1])) else { continue }
                var population = 0
                for k in fields[5] where bytes[k] >= 0x30 && bytes[k] <= 0x39 { population = population * 10 + Int(bytes[k] - 0x30) }
                // Names separated by "|", each indexed lowercased.
                var names: [String] = []
                var nameStart = fields[6].lowerBound
                for k in fields[6].lowerBound...fields[6].upperBound where k == fields[6].upperBound || bytes[k] == UInt8(ascii: "|") {
                    if k > nameStart { names.append(string(nameStart..<k)) }
                    nameStart = k + 1
                }
                guard let name = names.first else { continue }
                let place = Place(
                    id: string(fields[0]), kind: kind, country: string(fields[2]), region: optional(fields[3]),
                    within: optional(fields[4]), population: population, name: name)
                if kind == .country { countryNames[place.country] = name }
                let number = Int32(places.count)
                places.append(place)
                var keys: [String] = []
                for name in names {
                    let key = Self.lowercased(name)
                    if !keys.contains(key) { keys.append(key) }
                }
                for key in keys { index[key, default: []].append(number) }
            }
        }
        self.places = places
        self.index = index
        self.countryNames = countryNames
    }

    /// ASCII letters lowered byte by byte; other text through Foundation.
    private static func lowercased(_ name: String) -> String {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return name.lowercased() }
        var bytes = Array(name.utf8)
        for k in bytes.indices where bytes[k] >= 0x41 && bytes[k] <= 0x5A { bytes[k] |= 0x20 }
        return String(decoding: bytes, as: UTF8.self)
    }

    public var isEmpty: Bool { places.isEmpty }

    /// Every place with this name (any case), countries first, then regions
    /// and areas, then cities by population.
    public func places(named name: String) -> [Place] {
        guard let found = index[name.lowercased()] else { return [] }
        return found.map { places[Int($0)] }.sorted { a, b in
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
                return Gazetteer(text: String(decoding: data, as: UTF8.self))
            }
        }
        return Gazetteer(text: "")
    }()
}
