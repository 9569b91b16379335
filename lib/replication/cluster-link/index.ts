/** Pure plan of cluster-link (filled by its module). */
export {};
