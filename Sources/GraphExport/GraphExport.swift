// The GraphExport stage; see the folder's files.
