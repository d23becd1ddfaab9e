// Open data: the DCAT-AP catalogue of every dataset the platform publishes.
export { buildCatalog, type Catalog, type Dataset, type Distribution } from './catalog';
export { catalogQuads, toJsonLd, toTurtle, EU } from './rdf';
