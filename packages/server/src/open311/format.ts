import { XMLBuilder } from 'fast-xml-parser';
import type { AttributeView, ServiceDefinitionView, ServiceView } from './services.js';
import type { CreatedRequestView, ServiceRequestView, TokenView } from './requests.js';

/**
 * The two GeoReport v2 response formats. JSON bodies are the arrays and
 * objects of the spec; XML wraps the same fields in the spec's root and item
 * elements (<services><service>, <service_requests><request>, <errors><error>).
 */

export type ResponseFormat = 'json' | 'xml';

export const CONTENT_TYPES: Record<ResponseFormat, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

export type Open311Error = { code: number; description: string };

export type DiscoveryView = {
  changeset: string;
  contact: string;
  key_service: string;
  endpoints: { specification: string; url: string; changeset: string; type: 'production'; formats: string[] }[];
};

const builder = new XMLBuilder({ ignoreAttributes: true, suppressEmptyNode: false, processEntities: true });

function toXml(document: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build(document)}`;
}

function attributeToXml(attribute: AttributeView) {
  return { ...attribute, values: attribute.values.length > 0 ? { value: attribute.values } : '' };
}

export function servicesBody(format: ResponseFormat, services: ServiceView[]): string {
  return format === 'json' ? JSON.stringify(services) : toXml({ services: { service: services } });
}

export function serviceDefinitionBody(format: ResponseFormat, definition: ServiceDefinitionView): string {
  if (format === 'json') return JSON.stringify(definition);
  const attributes = definition.attributes.length > 0 ? { attribute: definition.attributes.map(attributeToXml) } : '';
  return toXml({ service_definition: { service_code: definition.service_code, attributes } });
}

export function requestsBody(format: ResponseFormat, requests: (ServiceRequestView | CreatedRequestView | TokenView)[]): string {
  return format === 'json' ? JSON.stringify(requests) : toXml({ service_requests: { request: requests } });
}

export function errorsBody(format: ResponseFormat, errors: Open311Error[]): string {
  return format === 'json' ? JSON.stringify(errors) : toXml({ errors: { error: errors } });
}

export function discoveryBody(format: ResponseFormat, discovery: DiscoveryView): string {
  if (format === 'json') return JSON.stringify(discovery);
  const endpoints = discovery.endpoints.map((endpoint) => ({ ...endpoint, formats: { format: endpoint.formats } }));
  return toXml({ discovery: { ...discovery, endpoints: { endpoint: endpoints } } });
}
