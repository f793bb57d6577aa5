import FactDiff
import FuzzSupport

/// The date extractor (weekdays, relative days, calendar and ISO dates,
/// months and years) over the sentences of any text, against a publication
/// date.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzInput.extract(DateExtractor(), FuzzInput.text(data, size))
    return 0
}
