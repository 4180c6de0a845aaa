import Testing

@testable import GraphExtraction
