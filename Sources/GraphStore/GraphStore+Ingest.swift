import GraphModel

extension GraphStore {
    /// Merges one article's graph into the store, in one transaction.
    ///
    /// - The same document id with the same `contentHash` changes nothing (`.unchanged`).
    /// - The same id with another hash replaces the document's evidence and
    ///   mentions, and drops the relations and entities only it supported (`.replaced`).
    /// - Each entity resolves by folded alias within its class (actor/place);
    ///   one that does not becomes a new entity with a unique id.
    public func ingest(document: Document, contentHash: String, graph: ConflictGraph) throws(StoreError)
        -> IngestOutcome
    {
        try write { db in
            try IngestWriter(db: db, documentID: document.id).run(
                document: document, contentHash: contentHash, graph: graph)
        }
    }
}
