/** Pure plan of mirror-maker (filled by its module). */
export {};
