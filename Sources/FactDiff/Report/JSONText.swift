/// JSON written byte for byte as `JSONEncoder` writes it with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, for the story
/// records, which are nearly all of a report: encoding them through
/// Codable's containers took a twentieth of a corpus check, and all of a
/// single story's report was written on one core. Callers give each
/// object's keys in sorted order. A test holds the output to
/// `JSONEncoder`'s on the same records.
struct JSONText {
    private(set) var bytes: [UInt8] = []
    /// The first number JSON cannot hold (NaN or an infinity), which the
    /// encoder refused with an error: the caller throws on it.
    private(set) var invalidNumber: Double?
    /// Per open container: whether it has an element yet.
    private var open: [Bool] = []
    /// How deep the first value stands in the document it is spliced into.
    private let baseDepth: Int

    init(depth: Int = 0, capacity: Int = 4096) {
        baseDepth = depth
        bytes.reserveCapacity(capacity)
    }

    mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        open.append(false)
    }

    mutating func endObject() { close(UInt8(ascii: "}")) }

    mutating func beginArray() {
        bytes.append(UInt8(ascii: "["))
        open.append(false)
    }

    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// The next key of the object being written.
    mutating func key(_ name: StaticString) {
        element()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
    }

    /// Starts the next element of the array being written; a value follows.
    mutating func item() { element() }

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            // Runs of bytes that need no escape, nearly all of a text, are
            // copied whole.
            var start = 0
            for (k, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<k]))
                escape(byte)
                start = k + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// One byte that JSON writes escaped.
    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
        case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
        case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
        case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
        case 0..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: Array("\\u00".utf8))
            bytes.append(hex[Int(byte >> 4)])
            bytes.append(hex[Int(byte & 0xF)])
        default: bytes.append(byte)
        }
    }

    mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    /// As the encoder writes a `Double`: its shortest round-trip digits, an
    /// integral value without ".0".
    mutating func double(_ value: Double) {
        if !value.isFinite, invalidNumber == nil { invalidNumber = value }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }

    mutating func null() { bytes.append(contentsOf: "null".utf8) }

    /// A comma after the element before, a line break and the indent.
    private mutating func element() {
        if open[open.count - 1] { bytes.append(UInt8(ascii: ",")) }
        open[open.count - 1] = true
        newline(depth: baseDepth + open.count)
    }

    /// An empty container is written with an empty line inside.
    private mutating func close(_ bracket: UInt8) {
        let hadElements = open.removeLast()
        if !hadElements { bytes.append(UInt8(ascii: "\n")) }
        newline(depth: baseDepth + open.count)
        bytes.append(bracket)
    }

    private mutating func newline(depth: Int) {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<depth { bytes.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: " ")]) }
    }
}

/// A record ``JSONText`` writes: its keys in sorted order, as the encoder
/// would.
protocol JSONWritable {
    func write(to json: inout JSONText)
}

extension JSONText {
    /// A key and its value, in the object being written.
    mutating func field(_ name: StaticString, _ value: String?) {
        key(name)
        string(value)
    }

    mutating func field(_ name: StaticString, _ value: Int) {
        key(name)
        int(value)
    }

    mutating func field(_ name: StaticString, _ value: Double) {
        key(name)
        double(value)
    }

    mutating func field(_ name: StaticString, _ value: Bool) {
        key(name)
        bool(value)
    }

    mutating func field(_ name: StaticString, _ records: [some JSONWritable]) {
        key(name)
        array(records)
    }

    /// An array of records, one element each.
    mutating func array(_ records: [some JSONWritable]) {
        beginArray()
        for record in records {
            item()
            record.write(to: &self)
        }
        endArray()
    }
}
