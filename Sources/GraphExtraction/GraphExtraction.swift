// The GraphExtraction stage; see the folder's files.
