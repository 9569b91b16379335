/**
 * Region names of every cloud the library deploys to, as data. Validation reads them to catch typos ("did you mean")
 * and to warn about names it does not know; a region missing here is never refused for that alone (see
 * `checkRegion`). Keep each table sorted; update the date when you check a table again.
 */

/**
 * AWS commercial, China, GovCloud and ISO partitions.
 * Source: aws-cdk-lib 2.278 `region-info` (AWS_REGIONS) and the `Region` enum of @pulumi/aws 7.48, cross-checked
 * with the AWS page "Regions and Availability Zones"; checked 2026-12-04.
 */
export const AWS_REGIONS = [
  'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-south-2',
  'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5', 'ap-southeast-6', 'ap-southeast-7',
  'ca-central-1', 'ca-west-1', 'cn-north-1', 'cn-northwest-1', 'eu-central-1', 'eu-central-2', 'eu-north-1', 'eu-south-1',
  'eu-south-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'il-central-1', 'me-central-1', 'me-south-1', 'mx-central-1',
  'sa-east-1', 'us-east-1', 'us-east-2', 'us-gov-east-1', 'us-gov-west-1', 'us-west-1', 'us-west-2',
] as const;

/** Shape of an AWS region name: `<area>-<direction>-<n>`, with an optional partition infix (`us-gov-west-1`). */
export const AWS_REGION_FORMAT = /^[a-z]{2}(-[a-z]+){1,2}-\d{1,2}$/;

/**
 * AWS availability zone names are the region name plus one letter (`eu-west-1a`); AZ ids are account-independent
 * (`euw1-az1`) and are not names. Local and Wavelength zones (`us-east-1-bos-1a`) are names too, but no Kafka target of
 * this library places nodes there. Source: the AWS page "Regions and Availability Zones" (AZ IDs); checked 2026-12-04.
 */
export const AWS_AZ_NAME = /^([a-z]{2}(?:-[a-z]+){1,2}-\d{1,2})([a-z])$/;
export const AWS_AZ_ID = /^[a-z]{3,5}\d{1,2}-az\d{1,2}$/;

/**
 * Azure public cloud locations (programmatic names), plus the Azure Government and Azure China locations.
 * Source: Microsoft Learn "Azure regions list" and `az account list-locations` (physical regions); checked 2026-12-04.
 */
export const AZURE_LOCATIONS = [
  'australiacentral', 'australiacentral2', 'australiaeast', 'australiasoutheast', 'austriaeast', 'belgiumcentral', 'brazilsouth',
  'brazilsoutheast', 'canadacentral', 'canadaeast', 'centralindia', 'centralus', 'chilecentral', 'chinaeast', 'chinaeast2',
  'chinaeast3', 'chinanorth', 'chinanorth2', 'chinanorth3', 'denmarkeast', 'eastasia', 'eastus', 'eastus2', 'francecentral',
  'francesouth', 'germanynorth', 'germanywestcentral', 'indonesiacentral', 'israelcentral', 'italynorth', 'japaneast', 'japanwest',
  'jioindiacentral', 'jioindiawest', 'koreacentral', 'koreasouth', 'malaysiawest', 'mexicocentral', 'newzealandnorth',
  'northcentralus', 'northeurope', 'norwayeast', 'norwaywest', 'polandcentral', 'qatarcentral', 'southafricanorth',
  'southafricawest', 'southcentralus', 'southeastasia', 'southindia', 'spaincentral', 'swedencentral', 'swedensouth',
  'switzerlandnorth', 'switzerlandwest', 'uaecentral', 'uaenorth', 'uksouth', 'ukwest', 'usgovarizona', 'usgovtexas',
  'usgovvirginia', 'westcentralus', 'westeurope', 'westindia', 'westus', 'westus2', 'westus3',
] as const;

/** Shape of an Azure location: lower-case letters, optionally ending in a digit (`westus3`). */
export const AZURE_LOCATION_FORMAT = /^[a-z]{4,30}\d?$/;

/**
 * Google Cloud regions.
 * Source: Google Cloud "Regions and zones" (Compute Engine, available regions); checked 2026-12-04.
 */
export const GCP_REGIONS = [
  'africa-south1', 'asia-east1', 'asia-east2', 'asia-northeast1', 'asia-northeast2', 'asia-northeast3', 'asia-south1',
  'asia-south2', 'asia-southeast1', 'asia-southeast2', 'asia-southeast3', 'australia-southeast1', 'australia-southeast2',
  'europe-central2', 'europe-north1', 'europe-north2', 'europe-southwest1', 'europe-west1', 'europe-west10', 'europe-west12',
  'europe-west2', 'europe-west3', 'europe-west4', 'europe-west6', 'europe-west8', 'europe-west9', 'me-central1', 'me-central2',
  'me-west1', 'northamerica-northeast1', 'northamerica-northeast2', 'northamerica-south1', 'southamerica-east1',
  'southamerica-west1', 'us-central1', 'us-east1', 'us-east4', 'us-east5', 'us-south1', 'us-west1', 'us-west2', 'us-west3',
  'us-west4',
] as const;

/** Shape of a GCP region: `<area>-<direction><n>` (a zone adds `-<letter>`). */
export const GCP_REGION_FORMAT = /^[a-z]+-[a-z]+\d{1,2}$/;

/** The clouds whose region names the library knows. */
export type RegionCloud = 'aws' | 'azure' | 'gcp';

/** Per cloud: the table, the format, what the names are called and an example. */
export const REGION_TABLES: Record<RegionCloud, { readonly names: readonly string[]; readonly format: RegExp; readonly noun: string; readonly example: string; readonly checked: string; readonly list: string }> = {
  aws: { names: AWS_REGIONS, format: AWS_REGION_FORMAT, noun: 'AWS region', example: 'eu-west-1', checked: '2026-12-04', list: 'aws ec2 describe-regions' },
  azure: { names: AZURE_LOCATIONS, format: AZURE_LOCATION_FORMAT, noun: 'Azure location', example: 'westeurope', checked: '2026-12-04', list: 'az account list-locations -o table' },
  gcp: { names: GCP_REGIONS, format: GCP_REGION_FORMAT, noun: 'Google Cloud region', example: 'europe-west1', checked: '2026-12-04', list: 'gcloud compute regions list' },
};
