/**
 * numpy's print options (np.set_printoptions), shared by ndarray and TF tensor printing because
 * TF prints its values through numpy: after `np.set_printoptions(precision=3)` tensors print with
 * 3 digits too. Only the options scripts commonly set are modelled.
 */
export interface PrintOptions {
  precision: number;
  threshold: number;
  edgeitems: number;
  linewidth: number;
  /** Never switch to scientific notation because of small values (large ones still do). */
  suppress: boolean;
}

export const DEFAULT_PRINT_OPTIONS: Readonly<PrintOptions> = {
  precision: 8,
  threshold: 1000,
  edgeitems: 3,
  linewidth: 75,
  suppress: false,
};

export const printOptions: PrintOptions = { ...DEFAULT_PRINT_OPTIONS };
