// The translation unit that carries the project's precompiled header (the Qt Core and standard
// headers nearly every file includes); every other target reuses it. See the top-level
// CMakeLists.txt, PISHKHAN_PCH.
