export {
  openApiDocument,
  API_VERSION,
  type OpenApiDocument,
  type OpenApiOperation,
  type OpenApiParameter,
} from './openapi.js';
export { REST_ROUTES, type RestRoute, type PublicProcedureName } from './routes.js';
