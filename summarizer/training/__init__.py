"""Training finsum's faithfulness model (summarizer.model) with LoRA on a CPU.

  * synthetic.py - exact-label claims made from source sentences (perturbed or kept)
  * examples.py  - `Unit`s: (claim, passage) pairs with a label, from summaries and synthetic claims
  * sources.py   - readers of the training sets (HaluEval, SummEdits, a team's own JSONL/CSV pairs)
  * trainer.py   - the LoRA fine-tuning loop: deterministic, checkpointed, resumable
  * recipe.py    - the recipe of the shipped adapter (eval/train_model.py runs it)
  * metrics.py   - held-out metrics printed at the end

`finsum train` (summarizer/cli/train.py) is a thin wrapper over sources + examples + trainer."""
