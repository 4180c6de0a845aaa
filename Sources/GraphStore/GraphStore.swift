// The GraphStore stage; see the folder's files.
