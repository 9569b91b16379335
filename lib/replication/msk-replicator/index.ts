/** Pure plan of msk-replicator (filled by its module). */
export {};
