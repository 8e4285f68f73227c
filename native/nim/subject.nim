## The channel module under test, chosen when the harness is built (make -C native nim SUBJECT=...):
## nim c -d:subjectModule=/absolute/path/to/channel.nim. Only the module itself is imported, so a package root that
## pulls in an async runtime (nimsync's imports chronos) is never needed.
import std/[macros, os]

const subjectModule {.strdefine.} = ""

when subjectModule == "":
  {.error: "no channel module: build with make -C native nim SUBJECT=<path to a .nim module with newChannel/trySend/tryReceive>".}

macro importSubject(path: static string): untyped =
  ## import "<path without .nim>" as subjectChannel; export subjectChannel
  let alias = ident("subjectChannel")
  result = newStmtList(
    newNimNode(nnkImportStmt).add(infix(newLit(path.changeFileExt("")), "as", alias)),
    newNimNode(nnkExportStmt).add(alias))

importSubject(subjectModule)
