import CStemmer

/// Snowball's English stemmer (libstemmer): `partnerships`, `partnership` and `partner's` all
/// become `partnership`'s stem, so that word forms find each other. One stemmer is not safe to
/// share between threads, so each index build and each query makes its own.
final class Stemmer {
    private let stemmer: OpaquePointer?

    /// An English stemmer for UTF-8 text.
    init() {
        stemmer = sb_stemmer_new("english", "UTF_8")
    }

    deinit {
        sb_stemmer_delete(stemmer)
    }

    /// The stem of a lower-case word; the word itself when it is not plain ASCII letters (the
    /// English rules are not meant for other scripts) or when libstemmer is unavailable.
    func stem(_ word: String) -> String {
        guard let stemmer, !word.isEmpty, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        var word = word
        return word.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress, let result = sb_stemmer_stem(stemmer, base, Int32(bytes.count)) else { return String(decoding: bytes, as: UTF8.self) }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }
}
