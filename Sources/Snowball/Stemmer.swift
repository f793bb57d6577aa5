internal import CLibStemmer

/// A Snowball stemmer: the one owner of a `sb_stemmer` pointer.
///
/// The aligner compares stems so that "talks", "talked" and "talking" meet;
/// Snowball's English (Porter2) algorithm is the standard for this and the C
/// library is the reference implementation, so we wrap it rather than port it.
///
/// A `sb_stemmer` keeps its result in a buffer of its own, so one instance
/// must not be used from two threads at once: the class is not `Sendable`,
/// and each task that stems makes its own.
public final class Stemmer {
    private let handle: OpaquePointer

    /// `algorithm` is a Snowball name such as "english"; nil when libstemmer
    /// does not know it (or is out of memory).
    public init?(algorithm: String = "english") {
        guard let handle = sb_stemmer_new(algorithm, "UTF_8") else { return nil }
        self.handle = handle
    }

    deinit { sb_stemmer_delete(handle) }

    /// The stem of a lowercased word. A word the library cannot stem (out of
    /// memory) is returned unchanged: a missed stem costs a match, not data.
    public func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0, bytes.count <= Int(Int32.max),
                let result = sb_stemmer_stem(handle, base, Int32(bytes.count))
            else { return String(decoding: bytes, as: UTF8.self) }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }

    /// The algorithms this libstemmer provides, for diagnostics.
    public static var algorithms: [String] {
        var names: [String] = []
        guard var list = sb_stemmer_list() else { return names }
        while let name = list.pointee {
            names.append(String(cString: name))
            list += 1
        }
        return names
    }
}
