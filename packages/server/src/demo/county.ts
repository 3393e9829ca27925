/**
 * The demo county: its departments, the reasons residents contact the center
 * (each owned by one department), and the contact-center team. A question
 * about a tree alone can belong to a dozen owners, so the tree topics are
 * spelled out one by one.
 */

import type { TopicAttributeInput } from '../open311/attributes.js';

export type DemoDepartment = {
  name: string;
  description: string;
  phone: string;
  email: string;
  /** What the department owns, one phrase each, for the directory search. */
  responsibilities?: string[];
  hours?: string;
};
export type DemoTopic = { name: string; department: string; description: string };
export type DemoStaff = { displayName: string; email: string; role: 'agent' | 'manager'; phoneExtension: string };

export const demoDepartments: DemoDepartment[] = [
  { name: 'Utilities', description: 'Electric, water and sewer service; trees touching power lines.', phone: '505-555-0110', email: 'utilities@county.example', responsibilities: ['trees touching power lines', 'power outages', 'water and sewer service', 'utility billing'], hours: 'Mon–Fri 7:00–16:00' },
  { name: 'Fire Department', description: 'Fire mitigation, burn permits, inspections.', phone: '505-555-0111', email: 'fire@county.example', responsibilities: ['fire mitigation', 'burn permits', 'hazard trees near homes', 'fire inspections'], hours: 'Mon–Fri 8:00–17:00' },
  { name: 'Defensible Space Program', description: 'Wildfire defensible-space assessments and thinning around homes.', phone: '505-555-0112', email: 'defensible.space@county.example', responsibilities: ['defensible space assessments', 'thinning around homes', 'wildfire risk'], hours: 'Mon–Fri 8:00–17:00' },
  { name: 'Cooperative Extension Service', description: 'Gardening, pests such as bark beetles, 4-H.', phone: '505-555-0113', email: 'extension@county.example', responsibilities: ['bark beetles', 'tree pests and diseases', 'gardening advice', '4-H'], hours: 'Mon–Fri 8:00–17:00' },
  { name: 'Community Development', description: 'Business licences, zoning, building permits, seasonal sales such as Christmas trees.', phone: '505-555-0114', email: 'community.development@county.example', responsibilities: ['business licences', 'selling Christmas trees', 'zoning', 'building permits'], hours: 'Mon–Fri 8:00–17:00' },
  { name: 'US Forest Service', description: 'National forest land: firewood and Christmas-tree cutting permits, trails.', phone: '505-555-0115', email: 'forest.service@county.example', responsibilities: ['Christmas tree cutting permits', 'firewood permits', 'national forest trails'], hours: 'Varies; call ahead' },
  { name: 'Traffic Engineering', description: 'Signals, signs, sight lines blocked by trees or shrubs.', phone: '505-555-0116', email: 'traffic@county.example', responsibilities: ['trees blocking visibility', 'traffic signals', 'street signs'], hours: 'Mon–Fri 8:00–17:00' },
  { name: 'Pavement Division', description: 'Streets, potholes, sidewalks blocked or lifted by trees.', phone: '505-555-0117', email: 'pavement@county.example', responsibilities: ['trees blocking sidewalks', 'potholes', 'sidewalk repair', 'snow plowing'], hours: 'Mon–Fri 7:00–16:00' },
  { name: 'National Laboratory', description: 'Laboratory land and its trees, public tours.', phone: '505-555-0118', email: 'community.office@lab.example', responsibilities: ['trees on laboratory land', 'laboratory tours'], hours: 'Varies; call ahead' },
  { name: 'Solid Waste', description: 'Trash, recycling, tree and brush recycling, the transfer station.', phone: '505-555-0119', email: 'solid.waste@county.example', responsibilities: ['tree recycling', 'brush and yard waste', 'trash and recycling pickup', 'transfer station'], hours: 'Mon–Fri 7:00–16:00' },
  { name: 'Parks and Recreation', description: 'Parks, trails, trees in parks, memorial trees and benches.', phone: '505-555-0120', email: 'parks@county.example', responsibilities: ['trees in parks', 'memorial trees and benches', 'park reservations', 'trails'], hours: 'Mon–Fri 8:00–17:00' },
  { name: 'State Environment Department', description: 'Air and water quality, open burning rules, hazardous waste.', phone: '505-555-0121', email: 'environment@state.example', responsibilities: ['open burning rules', 'air quality', 'hazardous waste'], hours: 'Varies; call ahead' },
  { name: 'Animal Control', description: 'Stray and loose animals, dog licences, bites.', phone: '505-555-0122', email: 'animals@county.example', responsibilities: ['stray animals', 'dog licences', 'animal bites'], hours: 'Mon–Fri 8:00–17:00' },
  { name: 'County Clerk', description: 'Elections, voter registration, recording, marriage licences.', phone: '505-555-0123', email: 'clerk@county.example', responsibilities: ['voter registration', 'elections', 'marriage licences', 'recording documents'], hours: 'Mon–Fri 8:00–17:00' },
  { name: 'Treasurer', description: 'Property tax bills and payments.', phone: '505-555-0124', email: 'treasurer@county.example', responsibilities: ['property tax bills', 'property tax payments'], hours: 'Mon–Fri 8:00–17:00' },
  { name: 'Contact Center', description: 'The 311 desk: banner and lemon-lot permits, cemetery lots and interments, notary, counter payments.', phone: '311', email: 'answers@county.example', responsibilities: ['banner permits on overpasses', 'lemon lot permits', 'cemetery lots and interments', 'notary service', 'counter payments'], hours: 'Mon–Fri 8:00–17:00' },
];

export const demoTopics: DemoTopic[] = [
  { name: 'Tree touching a power line', department: 'Utilities', description: 'Branches on or near overhead lines.' },
  { name: 'Tree fire mitigation', department: 'Fire Department', description: 'Hazard trees and fuel reduction.' },
  { name: 'Defensible space around a home', department: 'Defensible Space Program', description: 'Free assessments and thinning.' },
  { name: 'Bark beetles', department: 'Cooperative Extension Service', description: 'Identifying and treating infested trees.' },
  { name: 'Selling Christmas trees', department: 'Community Development', description: 'Seasonal sales licence and lot rules.' },
  { name: 'Christmas tree cutting on forest land', department: 'US Forest Service', description: 'Permits to cut a tree in the national forest.' },
  { name: 'Tree blocking visibility', department: 'Traffic Engineering', description: 'Trees or shrubs hiding signs, signals or corners.' },
  { name: 'Tree blocking a sidewalk', department: 'Pavement Division', description: 'Low branches or roots lifting the pavement.' },
  { name: 'Trees on laboratory land', department: 'National Laboratory', description: 'Trees on or from laboratory property.' },
  { name: 'Tree and brush recycling', department: 'Solid Waste', description: 'Drop-off and curbside collection of yard waste.' },
  { name: 'Trees in parks and memorial trees', department: 'Parks and Recreation', description: 'Park trees, memorial tree and bench programme.' },
  { name: 'Open burning of trees and slash', department: 'State Environment Department', description: 'Air-quality rules for burning.' },
  { name: 'Pothole', department: 'Pavement Division', description: 'Report a pothole or damaged road surface.' },
  { name: 'Missed trash pickup', department: 'Solid Waste', description: 'Curbside trash or recycling not collected.' },
  { name: 'Loose or stray animal', department: 'Animal Control', description: 'Animals at large, found pets.' },
  { name: 'Dog licence', department: 'Animal Control', description: 'New and renewed dog licences.' },
  { name: 'Voter registration', department: 'County Clerk', description: 'Registering, updating an address, polling places.' },
  { name: 'Property tax bill', department: 'Treasurer', description: 'Amounts, due dates and payment options.' },
  { name: 'Banner permit on a road overpass', department: 'Contact Center', description: 'Limited banner spaces on overpasses.' },
  { name: 'Lemon lot space', department: 'Contact Center', description: 'Permits for the used-car sale lot.' },
  { name: 'Cemetery lots and interments', department: 'Contact Center', description: 'Buying a lot, scheduling an interment.' },
  { name: 'Notary service', department: 'Contact Center', description: 'Notarising documents at the counter.' },
  { name: 'Counter payment', department: 'Contact Center', description: 'Payments taken in person, by phone or by mail.' },
  { name: 'General question', department: 'Contact Center', description: 'Anything else; route it once the owner is known.' },
];

export const demoStaff: DemoStaff[] = [
  { displayName: 'Margaret Chen', email: 'manager@county.example', role: 'manager', phoneExtension: '4100' },
  { displayName: 'Dana Ortiz', email: 'dana@county.example', role: 'agent', phoneExtension: '4101' },
  { displayName: 'Sam Whitehorse', email: 'sam@county.example', role: 'agent', phoneExtension: '4102' },
  { displayName: 'Priya Natarajan', email: 'priya@county.example', role: 'agent', phoneExtension: '4103' },
  { displayName: 'Luis Medina', email: 'luis@county.example', role: 'agent', phoneExtension: '4104' },
];

export type DemoCoverStaff = { displayName: string; phoneExtension: string; note: string };

/** People from Public Works who cover the desk while the agents are in their team meeting. */
export const demoCoverStaff: DemoCoverStaff[] = [
  { displayName: 'Ray Castillo', phoneExtension: '5201', note: 'Public Works' },
  { displayName: 'Jo Becker', phoneExtension: '5202', note: 'Public Works' },
];

/** The team meeting: Wednesday 8:00 to 9:00 every two weeks, starting in the week the demo is loaded. */
export const demoTeamMeeting = { weekday: 3, startTime: '08:00', endTime: '09:00', everyWeeks: 2 };

/** Open311 service attributes of a few demo topics, by topic name: the questions a GeoReport v2 client asks. */
export const demoTopicAttributes: Record<string, TopicAttributeInput[]> = {
  Pothole: [
    {
      code: 'SIZE',
      datatype: 'singlevaluelist',
      required: true,
      description: 'How large is the pothole?',
      values: [
        { key: 'SMALL', name: 'Smaller than a dinner plate' },
        { key: 'MEDIUM', name: 'Up to a car tyre' },
        { key: 'LARGE', name: 'Larger than a car tyre' },
      ],
    },
    { code: 'DEPTH_CM', datatype: 'number', description: 'About how deep is it, in centimetres?', datatypeDescription: 'A number, such as 8' },
    { code: 'LANE', datatype: 'string', description: 'Which lane or side of the road?' },
  ],
  'Missed trash pickup': [
    {
      code: 'CART',
      datatype: 'multivaluelist',
      required: true,
      description: 'Which carts were missed?',
      values: [
        { key: 'TRASH', name: 'Trash' },
        { key: 'RECYCLING', name: 'Recycling' },
        { key: 'YARD', name: 'Yard waste' },
      ],
    },
    { code: 'CART_OUT_AT', datatype: 'datetime', description: 'When was the cart put out?', datatypeDescription: 'Date and time, such as 2026-03-09T06:30' },
  ],
  'Loose or stray animal': [
    {
      code: 'ANIMAL',
      datatype: 'singlevaluelist',
      required: true,
      description: 'What kind of animal?',
      values: [
        { key: 'DOG', name: 'Dog' },
        { key: 'CAT', name: 'Cat' },
        { key: 'LIVESTOCK', name: 'Livestock' },
        { key: 'OTHER', name: 'Other' },
      ],
    },
    { code: 'AGGRESSIVE', datatype: 'singlevaluelist', required: true, description: 'Is the animal aggressive?', values: [{ key: 'YES', name: 'Yes' }, { key: 'NO', name: 'No' }] },
    { code: 'SAFETY', datatype: 'text', variable: false, description: 'If an animal has bitten someone, call 911.' },
  ],
};
